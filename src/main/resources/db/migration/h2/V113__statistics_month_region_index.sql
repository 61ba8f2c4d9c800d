create index statistics_month_region on statistics_month (region_code, fact_month);
