-- Alerts (预警): a supervisor warns chosen agencies about a business or a practice until an expiry date; each
-- addressed agency acknowledges and may answer that it found the business, linking one of its cases.
create table alert (
    id                  uuid          primary key,
    issuer              varchar(64)   not null,
    issuer_agency       varchar(40)   not null references agency (code),
    -- BUSINESS (credit code and/or name) or PRACTICE (free text with a category).
    subject             varchar(20)   not null,
    credit_code         varchar(18),
    business_name       varchar(200),
    practice            varchar(4000),
    category            varchar(32)   not null,
    severity            varchar(10)   not null,
    summary             varchar(4000) not null,
    expires_on          date          not null,
    -- The issuer's case whose evidence documents the addressees see while the alert is active.
    case_id             uuid          references case_record (id),
    status              varchar(20)   not null,
    issued_at           timestamp with time zone not null,
    expired_at          timestamp with time zone,
    process_instance_id varchar(64)
);
create index alert_credit_code on alert (credit_code, status);
create index alert_issuer on alert (issuer_agency, issued_at desc);

create table alert_document (
    alert_id    uuid not null references alert (id),
    document_id uuid not null references case_document (id),
    primary key (alert_id, document_id)
);

-- status: PENDING until the agency acknowledges, then ACKNOWLEDGED; EXPIRED when the alert expired unacknowledged.
create table alert_addressee (
    alert_id        uuid          not null references alert (id),
    agency_code     varchar(40)   not null references agency (code),
    position        integer       not null,
    status          varchar(20)   not null,
    acknowledged_by varchar(64),
    acknowledged_at timestamp with time zone,
    found           boolean,
    answer          varchar(4000),
    linked_case_id  uuid          references case_record (id),
    primary key (alert_id, agency_code)
);
create index alert_addressee_agency on alert_addressee (agency_code);
