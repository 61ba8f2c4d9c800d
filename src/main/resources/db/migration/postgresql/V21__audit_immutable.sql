-- Audit entries are written once: the database refuses to change or remove them, whoever asks. A superuser or the
-- table's owner can still switch these triggers off, which is why entries are also hash-chained.
create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries cannot be changed or removed (% refused)', tg_op;
end;
$$;

create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
