-- Separation of duties: the officer whose work a task approves (who proposed, requested or drafted it) never acts on it.
alter table inbox_task add column approves_work_of varchar(64);
-- The working days all extensions of a task's deadline added so far, held against its rule's limit.
alter table inbox_task add column extended_working_days integer default 0 not null;

-- A notice is addressed to one role of one agency: a reminder to the role the task is addressed to, a supervision
-- entry to the superior agency's supervisors.
alter table deadline_notice add column addressed_role varchar(20);
update deadline_notice set addressed_role = 'supervisor' where kind = 'SUPERVISION';
update deadline_notice set addressed_role = (select t.role from inbox_task t where t.task_id = deadline_notice.task_id)
    where kind = 'REMINDER';
