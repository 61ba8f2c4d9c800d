-- Sign-ins that fail (answered 401) are kept too.
alter table audit_entry drop constraint audit_entry_outcome;
alter table audit_entry add constraint audit_entry_outcome
    check (outcome in ('ALLOWED', 'REFUSED_NOT_VISIBLE', 'REFUSED_FORBIDDEN', 'REFUSED_UNAUTHENTICATED'));
