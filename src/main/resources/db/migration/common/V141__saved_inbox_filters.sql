-- Inbox filters an officer saved under a name of their own (the query string of the inbox page); only they see them.
create table saved_inbox_filter (
    id          uuid         primary key,
    username    varchar(64)  not null,
    name        varchar(80)  not null,
    query       varchar(1000) not null,
    created_at  timestamp with time zone not null
);
create unique index saved_inbox_filter_name on saved_inbox_filter (username, name);
