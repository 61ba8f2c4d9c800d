-- The application connects as its own role (${application_role}), which owns nothing: it cannot alter a table,
-- so it cannot switch the audit triggers off. Flyway migrates as the owner; these grants give the application what
-- it needs, and the default privileges give it the same on what later migrations of the owner create.
-- When the application role is the owner itself (one account for both), the grants change nothing.
grant usage, create on schema public to "${application_role}";
grant select, insert, update, delete on all tables in schema public to "${application_role}";
grant usage, select on all sequences in schema public to "${application_role}";
alter default privileges in schema public grant select, insert, update, delete on tables to "${application_role}";
alter default privileges in schema public grant usage, select on sequences to "${application_role}";

-- The trail is appended to and read, never changed: no UPDATE or DELETE on entries and links, whatever the triggers.
revoke update, delete, truncate on audit_entry, audit_link from "${application_role}";
revoke delete, truncate on audit_chainer from "${application_role}";
