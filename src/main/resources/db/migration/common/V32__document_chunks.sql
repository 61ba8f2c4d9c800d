-- A document's bytes in chunks of at most 1 MiB, read one at a time as the client downloads: neither an upload nor a
-- download holds a whole file in memory (PostgreSQL's driver reads a bytea value whole).
create table document_chunk (
    document_id uuid    not null,
    position    int     not null,
    content     bytea   not null,
    primary key (document_id, position)
);
insert into document_chunk (document_id, position, content) select document_id, 0, content from document_content;
drop table document_content;
