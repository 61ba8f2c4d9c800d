-- The audit trail: who read or changed case data, or tried to and was refused. Entries are only ever appended.
-- Each carries the SHA-256 of its content and of the previous entry's hash (org.jointcase.audit.AuditChain), so an
-- entry changed or removed below the application breaks the chain. PostgreSQL also refuses UPDATE, DELETE and
-- TRUNCATE of entries (postgresql/V21); on the embedded H2 of the demo the hash chain is the only guard.
create table audit_entry (
    seq         bigint        primary key,
    recorded_at timestamp with time zone not null,
    officer     varchar(64)   not null,
    agency_code varchar(40)   not null,
    action      varchar(64)   not null,
    target_type varchar(64)   not null,
    target_id   varchar(200)  not null,
    case_id     uuid,
    outcome     varchar(24)   not null,
    detail      varchar(1000),
    hash        varchar(64)   not null,
    constraint audit_entry_outcome check (outcome in ('ALLOWED', 'REFUSED_NOT_VISIBLE', 'REFUSED_FORBIDDEN'))
);
-- Auditors filter by officer, agency, case and time, and page newest first by seq.
create index audit_entry_officer on audit_entry (officer, seq);
create index audit_entry_agency on audit_entry (agency_code, seq);
create index audit_entry_case on audit_entry (case_id, seq);
create index audit_entry_recorded_at on audit_entry (recorded_at);

-- One row, the newest entry of the chain. Every append locks it (select ... for update), so appends from all
-- application nodes queue up and the chain never forks.
create table audit_chain_head (
    id        smallint    primary key check (id = 1),
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64));
