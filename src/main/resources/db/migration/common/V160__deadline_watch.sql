-- Deadlines are watched from the inbox rows (tasks.DeadlineWatch), not by two engine timers per task: notice_at is
-- when the task's next notice is due (its reminder, then its supervision entry), null when none is pending (closed,
-- suspended, both given). Open tasks of earlier versions get the notice they have not had yet.
alter table inbox_task add column notice_at timestamp with time zone;

update inbox_task t set notice_at = case
        when t.reminder_at is not null and not exists (select 1 from deadline_notice n
            where n.task_id = t.task_id and n.kind = 'REMINDER' and n.due_at = t.due_at) then t.reminder_at
        when not exists (select 1 from deadline_notice n
            where n.task_id = t.task_id and n.kind = 'SUPERVISION' and n.due_at = t.due_at) then t.due_at
    end
where t.closed_at is null and t.suspended_at is null and t.due_at is not null;

-- The two engine timers per task that did this before (task listeners of event "timeout", now gone from the
-- models): processes started earlier still hold them, and they would fail on the listeners no longer there.
delete from act_ru_job where handler_type_ = 'timer-task-listener';
