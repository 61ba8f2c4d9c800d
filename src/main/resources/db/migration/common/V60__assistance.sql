-- Assistance requests (协查): the items asked, the agencies addressed with their progress, their replies and the
-- documents uploaded for them. Items, findings and document lists are kept as JSON: they are read and written whole.
create table assistance_request (
    id                  uuid          primary key,
    case_id             uuid          not null references case_record (id),
    requester_agency    varchar(40)   not null references agency (code),
    requested_by        varchar(64)   not null,
    status              varchar(24)   not null,
    items               varchar(200000) not null,
    document_ids        varchar(8000) not null,
    process_instance_id varchar(64),
    created_at          timestamp with time zone not null,
    closed_at           timestamp with time zone,
    closed_by           varchar(64),
    close_reason        varchar(500)
);
create index assistance_request_case on assistance_request (case_id, created_at);

-- Remembers the Idempotency-Key of each request sent, per officer, with a hash of the request body.
create table assistance_request_key (
    officer      varchar(64)  not null,
    key_value    varchar(128) not null,
    request_hash varchar(64)  not null,
    request_id   uuid         not null references assistance_request (id),
    created_at   timestamp with time zone not null,
    primary key (officer, key_value)
);

-- Every agency a request was addressed to, including one a readdress replaced (replaced_by names its successor).
create table assistance_addressee (
    request_id       uuid         not null references assistance_request (id),
    agency_code      varchar(40)  not null references agency (code),
    status           varchar(32)  not null,
    decline_reason   varchar(2000),
    suggested_agency varchar(40),
    replaced_by      varchar(40),
    extension_days   int,
    extension_reason varchar(500),
    added_at         timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    primary key (request_id, agency_code)
);
create index assistance_addressee_agency on assistance_addressee (agency_code, request_id);

-- Each reply an addressed agency wrote: a new one after its supervisor sent one back or the requester asked for more.
create table assistance_reply (
    id           uuid          primary key,
    request_id   uuid          not null references assistance_request (id),
    agency_code  varchar(40)   not null,
    findings     varchar(200000) not null,
    document_ids varchar(8000) not null,
    status       varchar(24)   not null,
    note         varchar(2000),
    shared       boolean       not null,
    written_by   varchar(64)   not null,
    written_at   timestamp with time zone not null
);
create index assistance_reply_request on assistance_reply (request_id, agency_code, written_at);

-- Documents an addressed agency uploaded for its reply; they are documents of the case.
create table assistance_upload (
    document_id uuid         primary key references case_document (id),
    request_id  uuid         not null references assistance_request (id),
    agency_code varchar(40)  not null,
    file_name   varchar(255) not null,
    size        bigint       not null,
    uploaded_by varchar(64)  not null,
    uploaded_at timestamp with time zone not null
);
create index assistance_upload_request on assistance_upload (request_id, agency_code);
