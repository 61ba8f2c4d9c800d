-- Audit entries are written once: the database refuses to change or remove them, whoever asks. A superuser or the
-- table's owner can still switch these triggers off, which is why entries are also hash-chained.
create function audit_trail_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail cannot be changed or removed (% on % refused)', tg_op, tg_table_name;
end;
$$;

create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_trail_refuse_change();

create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_trail_refuse_change();

-- The chain head moves forward with every append but never goes away: without it nothing could be recorded.
create trigger audit_chain_head_no_delete before delete on audit_chain_head
    for each row execute function audit_trail_refuse_change();

create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
    for each statement execute function audit_trail_refuse_change();
