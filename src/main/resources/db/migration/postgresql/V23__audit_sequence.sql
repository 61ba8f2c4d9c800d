-- New entries are numbered after the entries kept so far.
select setval('audit_entry_seq', (select coalesce(max(seq), 0) + 1 from audit_entry), false);

-- Links are written once, like entries; the chainer row moves forward but never goes away.
create trigger audit_link_no_update_or_delete before update or delete on audit_link
    for each row execute function audit_trail_refuse_change();

create trigger audit_link_no_truncate before truncate on audit_link
    for each statement execute function audit_trail_refuse_change();

create trigger audit_chainer_no_delete before delete on audit_chainer
    for each row execute function audit_trail_refuse_change();

create trigger audit_chainer_no_truncate before truncate on audit_chainer
    for each statement execute function audit_trail_refuse_change();
