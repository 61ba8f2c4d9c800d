-- Coordinated actions (专项整治): a coordinator's campaign over a region subtree, its participating agencies, the
-- reporting periods, each agency's approved report per period and the cases tagged to it.
create table campaign (
    id                  uuid          primary key,
    title               varchar(200)  not null,
    -- The case categories the campaign is about, comma-separated constant names.
    theme               varchar(400)  not null,
    region_code         varchar(12)   not null references region (code),
    coordinator         varchar(64)   not null,
    coordinator_agency  varchar(40)   not null references agency (code),
    starts_on           date          not null,
    ends_on             date          not null,
    schedule            varchar(20)   not null,
    -- The figures each report gives, comma-separated constant names.
    figures             varchar(400)  not null,
    status              varchar(20)   not null,
    table_shared        boolean       not null,
    launched_at         timestamp with time zone not null,
    process_instance_id varchar(64),
    conclusion          varchar(8000),
    closed_by           varchar(64),
    closed_at           timestamp with time zone,
    closed_early        boolean
);
create index campaign_coordinator_agency on campaign (coordinator_agency, launched_at desc);

create table campaign_participant (
    campaign_id uuid        not null references campaign (id),
    agency_code varchar(40) not null references agency (code),
    position    integer     not null,
    primary key (campaign_id, agency_code)
);
create index campaign_participant_agency on campaign_participant (agency_code);

-- Period n runs from starts_on to ends_on; its report is due on ends_on (the last one on the campaign's last day).
create table campaign_period (
    campaign_id uuid    not null references campaign (id),
    period_no   integer not null,
    starts_on   date    not null,
    ends_on     date    not null,
    primary key (campaign_id, period_no)
);

-- One report per agency and period: a draft until its supervisor approves it; only approved reports count.
create table campaign_report (
    campaign_id      uuid          not null,
    agency_code      varchar(40)   not null,
    period_no        integer       not null,
    status           varchar(20)   not null,
    narrative        varchar(4000),
    late             boolean       not null,
    submitted_by     varchar(64)   not null,
    submitted_at     timestamp with time zone not null,
    decided_by       varchar(64),
    decided_at       timestamp with time zone,
    sent_back_reason varchar(2000),
    primary key (campaign_id, agency_code, period_no),
    foreign key (campaign_id, agency_code) references campaign_participant (campaign_id, agency_code),
    foreign key (campaign_id, period_no) references campaign_period (campaign_id, period_no)
);

create table campaign_report_figure (
    campaign_id uuid        not null,
    agency_code varchar(40) not null,
    period_no   integer     not null,
    figure      varchar(40) not null,
    amount      bigint      not null,
    primary key (campaign_id, agency_code, period_no, figure),
    foreign key (campaign_id, agency_code, period_no) references campaign_report (campaign_id, agency_code, period_no)
);

-- A case an agency taking part counts towards the campaign.
create table campaign_case (
    campaign_id uuid        not null references campaign (id),
    case_id     uuid        not null references case_record (id),
    agency_code varchar(40) not null,
    tagged_by   varchar(64) not null,
    tagged_at   timestamp with time zone not null,
    primary key (campaign_id, case_id)
);
create index campaign_case_case on campaign_case (case_id);
