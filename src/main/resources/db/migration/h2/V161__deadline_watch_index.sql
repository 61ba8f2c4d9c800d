-- Each node asks every second for the notices due (tasks.DeadlineWatch); H2 has no partial index.
create index inbox_task_notice_due on inbox_task (notice_at);
