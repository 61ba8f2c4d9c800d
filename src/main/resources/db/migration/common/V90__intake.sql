-- Complaints and reports (投诉举报) taken in from the channels, routed to the competent agency and decided there.
create table intake_item (
    id                  uuid          primary key,
    kind                varchar(16)   not null,
    channel             varchar(16)   not null,
    work_order          varchar(64)   not null,
    received_at         timestamp with time zone not null,
    -- The agency whose officer took the item in (or whose batch it came in), which recorded the person.
    received_agency     varchar(40)   not null references agency (code),
    received_by         varchar(64)   not null,
    real_name           boolean       not null,
    business_name       varchar(200)  not null,
    credit_code         varchar(18),
    business_address    varchar(300),
    business_region     varchar(12),
    -- Who the item is grouped under: the credit code, else the normalised business name.
    business_key        varchar(200)  not null,
    facts               varchar(10000) not null,
    amount              numeric(14, 2),
    desired_outcome     varchar(2000),
    status              varchar(24)   not null,
    -- The agency handling the item now; null while the region coordinators triage it.
    agency_code         varchar(40)   references agency (code),
    triage_agency       varchar(40)   references agency (code),
    routing_rule        varchar(32)   not null,
    routing_detail      varchar(500)  not null,
    forward_count       integer       not null default 0,
    designated          boolean       not null default false,
    -- Until when the handling agency may forward the item (rule forward-intake), from when it came to it.
    forward_due_date    date,
    current_step        varchar(64),
    due_at              timestamp with time zone,
    decision            varchar(32),
    decision_detail     varchar(4000),
    amount_recovered    numeric(14, 2),
    business_answer     varchar(4000),
    case_id             uuid          references case_record (id),
    process_instance_id varchar(64),
    request_hash        varchar(64)   not null,
    created_at          timestamp with time zone not null,
    closed_at           timestamp with time zone,
    constraint intake_item_work_order unique (channel, work_order)
);
create index intake_item_agency on intake_item (agency_code, due_at);
create index intake_item_triage on intake_item (triage_agency, status);
create index intake_item_business on intake_item (business_key, received_at);
create index intake_item_credit_code on intake_item (credit_code);

-- The person is apart from the item, as a case's informant is, so that no query of the item carries it by accident.
create table intake_person (
    item_id uuid         primary key references intake_item (id),
    name    varchar(100),
    contact varchar(200)
);

-- What happened to the item, step by step: routing, forwarding, decisions. Kept for good, also for the agencies it
-- left.
create table intake_step (
    id      uuid          primary key,
    item_id uuid          not null references intake_item (id),
    at      timestamp with time zone not null,
    officer varchar(64)   not null,
    agency  varchar(40)   not null,
    step    varchar(64)   not null,
    action  varchar(40)   not null,
    detail  varchar(4000)
);
create index intake_step_item on intake_step (item_id, at);
create index intake_step_agency on intake_step (agency, item_id);
