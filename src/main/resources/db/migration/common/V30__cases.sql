-- Case records, their parties, informant, documents, notes, timeline and shares.
create table case_record (
    id           uuid         primary key,
    reference    varchar(48)  not null unique,
    owner_agency varchar(40)  not null references agency (code),
    status       varchar(16)  not null,
    category     varchar(32)  not null,
    region_code  varchar(12)  not null references region (code),
    title        varchar(200) not null,
    summary      varchar(10000) not null,
    version      bigint       not null,
    created_by   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
-- Keyset paging walks (created_at, id) backwards inside the cases an agency owns or was shared.
create index case_record_owner_created on case_record (owner_agency, created_at desc, id desc);
create index case_record_created on case_record (created_at desc, id desc);

-- Numbers references per agency and year: 3401-MR-2026-00001.
create table case_reference_sequence (
    agency_code varchar(40) not null,
    ref_year    int         not null,
    last_value  bigint      not null,
    primary key (agency_code, ref_year)
);

-- Remembers the Idempotency-Key of each creation, per officer, with a hash of the request body.
create table case_creation_key (
    officer      varchar(64)  not null,
    key_value    varchar(128) not null,
    request_hash varchar(64)  not null,
    case_id      uuid         not null references case_record (id),
    created_at   timestamp with time zone not null,
    primary key (officer, key_value)
);

create table case_party (
    id          uuid         primary key,
    case_id     uuid         not null references case_record (id),
    position    int          not null,
    kind        varchar(16)  not null,
    name        varchar(200) not null,
    credit_code varchar(18),
    id_number   varchar(40),
    address     varchar(300),
    region_code varchar(12)  references region (code)
);
create index case_party_case on case_party (case_id);
create index case_party_credit_code on case_party (credit_code);

-- The informant's identity sits apart from the case so that no query of the case can carry it by accident.
create table case_informant (
    case_id uuid         primary key references case_record (id),
    name    varchar(100),
    contact varchar(200),
    channel varchar(16)  not null
);

create table case_document (
    id            uuid         primary key,
    case_id       uuid         not null references case_record (id),
    file_name     varchar(255) not null,
    declared_type varchar(120),
    detected_type varchar(120) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    origin        varchar(200),
    uploaded_by   varchar(64)  not null,
    uploaded_agency varchar(40) not null,
    uploaded_at   timestamp with time zone not null
);
create index case_document_case on case_document (case_id, uploaded_at);

-- The bytes of documents (DocumentStore on PostgreSQL): shared by every node of the cluster.
create table document_content (
    document_id uuid  primary key,
    content     bytea not null
);

create table case_note (
    id         uuid          primary key,
    case_id    uuid          not null references case_record (id),
    author     varchar(64)   not null,
    agency     varchar(40)   not null,
    text       varchar(10000) not null,
    created_at timestamp with time zone not null
);
create index case_note_case on case_note (case_id, created_at);

create table case_event (
    id         uuid         primary key,
    case_id    uuid         not null references case_record (id),
    at         timestamp with time zone not null,
    officer    varchar(64)  not null,
    agency     varchar(40)  not null,
    type       varchar(40)  not null,
    detail     varchar(1000)
);
create index case_event_case on case_event (case_id, at);

-- Every way an agency other than the owner sees a case: a supervisor's share, or access granted by a process.
create table case_share (
    id                uuid         primary key,
    case_id           uuid         not null references case_record (id),
    agency_code       varchar(40)  not null references agency (code),
    scope             varchar(32)  not null,
    include_informant boolean      not null,
    reason            varchar(500) not null,
    source            varchar(24)  not null,
    source_id         varchar(64),
    granted_by        varchar(64)  not null,
    granted_agency    varchar(40)  not null,
    granted_at        timestamp with time zone not null,
    expires_at        timestamp with time zone,
    revoked_at        timestamp with time zone,
    revoked_by        varchar(64)
);
create index case_share_agency on case_share (agency_code, case_id);
create index case_share_case on case_share (case_id);
create index case_share_source on case_share (source, source_id);

-- A share may let only some documents travel (the documents chosen for a transfer or a request).
create table case_share_document (
    share_id    uuid not null references case_share (id),
    document_id uuid not null references case_document (id),
    primary key (share_id, document_id)
);
