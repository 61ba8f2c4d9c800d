-- An owner agency's request to the agency that recorded a case's informant for the identity, and the answer.
create table informant_request (
    id                  uuid          primary key,
    case_id             uuid          not null references case_record (id),
    requesting_agency   varchar(40)   not null references agency (code),
    recording_agency    varchar(40)   not null references agency (code),
    reason              varchar(2000) not null,
    status              varchar(16)   not null,
    requested_by        varchar(64)   not null,
    requested_at        timestamp with time zone not null,
    -- Set while the request waits for an answer: one pending request per case and requesting agency.
    pending_case_id     uuid,
    decided_by          varchar(64),
    decided_at          timestamp with time zone,
    decision_note       varchar(2000),
    process_instance_id varchar(64),
    constraint informant_request_one_pending unique (pending_case_id, requesting_agency)
);
create index informant_request_case on informant_request (case_id, requested_at);
