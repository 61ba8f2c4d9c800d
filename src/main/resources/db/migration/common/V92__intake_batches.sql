-- Batch files of items (a channel's CSV or XLSX export): progress while the rows are imported, and the refused rows.
create table intake_batch (
    id               uuid          primary key,
    file_name        varchar(255)  not null,
    format           varchar(8)    not null,
    sha256           varchar(64)   not null,
    status           varchar(16)   not null,
    total_rows       integer       not null,
    rows_read        integer       not null default 0,
    imported         integer       not null default 0,
    already_imported integer       not null default 0,
    refused          integer       not null default 0,
    uploaded_by      varchar(64)   not null,
    agency_code      varchar(40)   not null references agency (code),
    started_at       timestamp with time zone not null,
    finished_at      timestamp with time zone
);
create index intake_batch_agency on intake_batch (agency_code, started_at);

create table intake_batch_refusal (
    batch_id   uuid          not null references intake_batch (id),
    row_number integer       not null,
    field      varchar(64)   not null,
    rule       varchar(64)   not null,
    message    varchar(500)  not null
);
create index intake_batch_refusal_batch on intake_batch_refusal (batch_id, row_number);
