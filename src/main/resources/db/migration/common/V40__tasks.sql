-- The inbox: every user task of every process, addressed to a role in an agency, with its deadline.
-- Kept by task listeners in the engine's transaction, so that the inbox is one indexed query.
create table inbox_task (
    task_id             varchar(64)  primary key,
    process_instance_id varchar(64)  not null,
    process_key         varchar(64)  not null,
    record_id           varchar(64),
    step                varchar(64)  not null,
    step_name           varchar(200),
    case_id             uuid,
    case_reference      varchar(48),
    case_title          varchar(200),
    candidate_group     varchar(80),
    agency_code         varchar(40),
    role                varchar(20),
    assignee            varchar(64),
    created_at          timestamp with time zone not null,
    due_at              timestamp with time zone,
    reminder_at         timestamp with time zone,
    deadline            varchar(4000),
    suspended_at        timestamp with time zone,
    closed_at           timestamp with time zone,
    closed_by           varchar(64),
    outcome             varchar(40)
);
create index inbox_task_group on inbox_task (candidate_group, closed_at, due_at, task_id);
create index inbox_task_assignee on inbox_task (assignee, closed_at, due_at);
create index inbox_task_process on inbox_task (process_instance_id);

-- Reminders (to the addressed agency at 80 % of the period) and supervision entries (督办, to the superior agency
-- when the deadline passes).
create table deadline_notice (
    id                  uuid         primary key,
    kind                varchar(16)  not null,
    task_id             varchar(64)  not null,
    process_key         varchar(64)  not null,
    record_id           varchar(64),
    step                varchar(64)  not null,
    step_name           varchar(200),
    case_id             uuid,
    case_reference      varchar(48),
    addressed_agency    varchar(40)  not null,
    task_agency         varchar(40),
    due_at              timestamp with time zone,
    created_at          timestamp with time zone not null,
    acknowledged_at     timestamp with time zone,
    acknowledged_by     varchar(64)
);
create index deadline_notice_agency on deadline_notice (addressed_agency, created_at);
create unique index deadline_notice_once on deadline_notice (task_id, kind, due_at);
