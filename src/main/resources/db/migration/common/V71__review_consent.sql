-- Only the owner agency brings its case into a process: a review over a case the convening agency does not own waits
-- for the owner agency's consent. status: PENDING, CONSENTED, REFUSED, or CANCELLED when another owner refused first.
create table review_consent (
    review_id   uuid        not null references review (id),
    agency_code varchar(40) not null,
    status      varchar(20) not null,
    reason      varchar(2000),
    decided_by  varchar(64),
    decided_at  timestamp with time zone,
    primary key (review_id, agency_code)
);
create index review_consent_agency on review_consent (agency_code);

-- The review's process, for the open steps its record shows.
alter table review add column process_instance_id varchar(64);

-- An opinion has an id of its own: the case timeline names it as the subject of the entry that cites its stance.
alter table review_opinion add column id uuid;
create unique index review_opinion_id on review_opinion (id);
