-- The informant's identity belongs to the agency that recorded it: ownership alone does not reveal it.
alter table case_informant add column recorded_agency varchar(40);
update case_informant set recorded_agency = (select owner_agency from case_record where id = case_informant.case_id);
alter table case_informant alter column recorded_agency set not null;

-- What a timeline entry is about (a document, an opinion, a reply), so that it is shown only where that is visible.
alter table case_event add column subject_type varchar(32);
alter table case_event add column subject_id varchar(64);
