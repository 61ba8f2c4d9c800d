-- Indexes Jointcase adds to the engine's tables, which Camunda's own scripts (engine.CamundaSchema, migration 135)
-- create without them. A Flyway callback, run after every migrate and after the engine's tables exist, as the owner
-- of the tables; "if not exists" makes it run once. The same statements on PostgreSQL and H2.

-- Completing a task makes Camunda look for its subtasks: select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?.
-- Camunda 7.24 ships no index on that column, so every completion scanned every open task (26-92 ms at 100,000).
create index if not exists JC_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_);
