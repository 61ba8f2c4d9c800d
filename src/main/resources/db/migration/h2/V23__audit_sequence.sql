-- New entries are numbered after the entries kept so far.
alter sequence audit_entry_seq restart with (select coalesce(max(seq), 0) + 1 from audit_entry);
