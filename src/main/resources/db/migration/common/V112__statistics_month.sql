-- The same facts summed per month (fact_month: its first day), added to in the same statement pair as statistics_fact:
-- a report over whole months (a year, a quarter, a month) reads these rows, a custom span of days the daily ones.
create table statistics_month (
    agency_code     varchar(40) not null,
    region_code     varchar(12) not null,
    department_code varchar(16) not null,
    category        varchar(32) not null,
    fact_month      date        not null,
    kind            varchar(40) not null,
    working_days    int         not null,
    amount          bigint      not null,
    primary key (fact_month, kind, agency_code, category, working_days)
);
insert into statistics_month (agency_code, region_code, department_code, category, fact_month, kind, working_days, amount)
select agency_code, region_code, department_code, category, cast(date_trunc('month', fact_day) as date), kind, working_days,
    sum(amount)
from statistics_fact
group by agency_code, region_code, department_code, category, cast(date_trunc('month', fact_day) as date), kind,
    working_days;
