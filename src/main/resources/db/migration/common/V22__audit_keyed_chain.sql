-- The trail without a single locked row (org.jointcase.audit.AuditChainer): writers take a number from
-- audit_entry_seq and store the entry with the HMAC-SHA256 of its own content (mac) under a key the database never
-- holds; nothing is locked. A chainer (one at a time, on the audit_chainer row) then links the committed entries
-- that are not linked yet, in order, each link carrying the HMAC of the previous link and of the entry's content.
-- Entries written before this migration (with the unkeyed SHA-256 of the old chain in hash) are linked as they
-- stand at the first chaining; from then on the links cover them.
create sequence audit_entry_seq start with 1;
alter table audit_entry add column mac varchar(64);
alter table audit_entry alter column hash drop not null;

create table audit_link (
    position  bigint      primary key,
    seq       bigint      not null unique references audit_entry (seq),
    chain_mac varchar(64) not null
);

-- One row: the newest link. Only the chainer changes it, under its lock; writers never touch it.
create table audit_chainer (
    id             smallint    primary key check (id = 1),
    last_position  bigint      not null,
    last_chain_mac varchar(64) not null,
    last_seq       bigint      not null
);
insert into audit_chainer (id, last_position, last_chain_mac, last_seq) values (1, 0, repeat('0', 64), 0);

drop table audit_chain_head;
