-- A cancelled or withdrawn assistance request keeps its reason as the request took it (AssistanceActions.Reason,
-- at most 2000 characters); the column held 500, and a longer reason failed at the database.
alter table assistance_request alter column close_reason set data type varchar(2000);
