-- Each replacement of a year's schedule counts up its revision: a node keeps the schedules it read and reads one
-- again only when its revision moved (calendar.CalendarRepository), one row per transaction instead of three queries.
alter table calendar_year add column revision bigint default 0 not null;
