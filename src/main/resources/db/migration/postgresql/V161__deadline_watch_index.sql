-- Each node asks every second for the notices due (tasks.DeadlineWatch): only the rows with one pending are indexed.
create index inbox_task_notice_due on inbox_task (notice_at) where notice_at is not null;
