create index statistics_fact_region_day on statistics_fact (region_code, fact_day);
