-- Every message to the person who complained or reported: its text, when, by which channel, and its delivery.
create table intake_message (
    id              uuid          primary key,
    item_id         uuid          not null references intake_item (id),
    kind            varchar(24)   not null,
    channel         varchar(16)   not null,
    text            varchar(2000) not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(64)   not null,
    status          varchar(16)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamp with time zone,
    sent_at         timestamp with time zone,
    last_error      varchar(500)
);
create index intake_message_item on intake_message (item_id, created_at);
create index intake_message_due on intake_message (status, next_attempt_at);

-- The demo gateway's outbox: what a production adapter would hand to the SMS, e-mail or post service.
create table intake_outbox (
    message_id uuid          primary key references intake_message (id),
    channel    varchar(16)   not null,
    recipient  varchar(200)  not null,
    text       varchar(2000) not null,
    written_at timestamp with time zone not null
);
