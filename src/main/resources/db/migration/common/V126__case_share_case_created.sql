-- The case list walks the cases shared with an agency newest first, as it walks the cases it owns: the share carries
-- its case's creation time (which never changes), so one index gives the shared cases in the list's order.
alter table case_share add column case_created_at timestamp with time zone;
update case_share set case_created_at = (select c.created_at from case_record c where c.id = case_share.case_id);
alter table case_share alter column case_created_at set not null;
