-- Lead transfers: one record that sender, target and the designating agency read alike.
create table lead_transfer (
    id                  uuid          primary key,
    case_id             uuid          not null references case_record (id),
    -- Set while the transfer is open: a case has at most one transfer in flight.
    in_flight_case_id   uuid          unique,
    kind                varchar(16)   not null,
    sender_agency       varchar(40)   not null references agency (code),
    target_agency       varchar(40)   not null references agency (code),
    reason              varchar(2000) not null,
    status              varchar(24)   not null,
    designator_agency   varchar(40),
    designated_agency   varchar(40),
    new_owner           varchar(40),
    result_report       varchar(4000),
    process_instance_id varchar(64),
    proposed_by         varchar(64)   not null,
    proposed_at         timestamp with time zone not null,
    sent_at             timestamp with time zone,
    closed_at           timestamp with time zone,
    idempotency_officer varchar(64),
    idempotency_key     varchar(128),
    request_hash        varchar(64),
    constraint lead_transfer_idempotency unique (idempotency_officer, idempotency_key)
);
create index lead_transfer_case on lead_transfer (case_id, proposed_at);

create table lead_transfer_document (
    transfer_id uuid not null references lead_transfer (id),
    document_id uuid not null references case_document (id),
    primary key (transfer_id, document_id)
);

create table lead_transfer_step (
    id          uuid          primary key,
    transfer_id uuid          not null references lead_transfer (id),
    at          timestamp with time zone not null,
    officer     varchar(64)   not null,
    agency      varchar(40)   not null,
    step        varchar(64)   not null,
    action      varchar(40)   not null,
    detail      varchar(2000)
);
create index lead_transfer_step_transfer on lead_transfer_step (transfer_id, at);
