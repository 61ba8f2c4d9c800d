-- Statistics: the counts the modules' past-tense events add up, pre-aggregated per agency, day, kind and breakdown,
-- written in the transaction of the change they count. No case content: codes, days and numbers only.
-- category: the case category for case figures, the channel or outcome for intake figures, '' where none applies.
-- working_days: for a duration figure (days to acceptance) the duration counted, -1 for a plain count; median and
-- 90th percentile are read from these per-duration counts.
create table statistics_fact (
    agency_code     varchar(40) not null,
    region_code     varchar(12) not null,
    department_code varchar(16) not null,
    category        varchar(32) not null,
    fact_day        date        not null,
    kind            varchar(40) not null,
    working_days    int         not null,
    amount          bigint      not null,
    primary key (fact_day, kind, agency_code, category, working_days)
);
