-- Joint case reviews (会商): the record stays after the review ends; the access it gave to cases does not.
create table review (
    id                      uuid         primary key,
    title                   varchar(200) not null,
    agenda                  varchar(4000) not null,
    status                  varchar(20)  not null,
    coordinator             varchar(64)  not null,
    coordinator_agency      varchar(40)  not null,
    convened_at             timestamp with time zone not null,
    meeting_at              timestamp with time zone not null,
    opinion_due_date        date,
    opinion_phase_closed_at timestamp with time zone,
    closed_early_by         varchar(64),
    conclusion              varchar(8000),
    concluded_by            varchar(64),
    concluded_at            timestamp with time zone,
    closed_at               timestamp with time zone
);

create table review_case (
    review_id uuid    not null references review (id),
    case_id   uuid    not null references case_record (id),
    position  integer not null,
    primary key (review_id, case_id)
);
create index review_case_case on review_case (case_id);

-- The documents that travel to the participants; none for a case means its summary only.
create table review_material (
    review_id   uuid not null references review (id),
    case_id     uuid not null,
    document_id uuid not null references case_document (id),
    primary key (review_id, document_id)
);

-- answer: PENDING while the opinion phase runs, then ANSWERED or NO_ANSWER.
create table review_participant (
    review_id   uuid        not null references review (id),
    agency_code varchar(40) not null,
    position    integer     not null,
    answer      varchar(20) not null,
    primary key (review_id, agency_code)
);
create index review_participant_agency on review_participant (agency_code);

-- One opinion per participating agency: a draft until its supervisor approves it.
create table review_opinion (
    review_id         uuid         not null,
    agency_code       varchar(40)  not null,
    stance            varchar(20)  not null,
    reasoning         varchar(8000) not null,
    status            varchar(20)  not null,
    submitted_by      varchar(64)  not null,
    submitted_at      timestamp with time zone not null,
    decided_by        varchar(64),
    decided_at        timestamp with time zone,
    sent_back_reason  varchar(2000),
    primary key (review_id, agency_code),
    foreign key (review_id, agency_code) references review_participant (review_id, agency_code)
);

create table review_action (
    id            uuid          primary key,
    review_id     uuid          not null references review (id),
    position      integer       not null,
    agency_code   varchar(40)   not null,
    description   varchar(4000) not null,
    due_date      date          not null,
    status        varchar(20)   not null,
    -- The agency's report when DONE, the coordinator's reason when CANCELLED.
    report        varchar(8000),
    settled_by    varchar(64),
    settled_at    timestamp with time zone
);
create index review_action_review on review_action (review_id, position);
