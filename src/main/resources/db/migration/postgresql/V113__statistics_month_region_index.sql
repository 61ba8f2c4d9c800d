create index statistics_month_region on statistics_month (region_code varchar_pattern_ops, fact_month);
