-- A region subtree is a prefix of GB/T 2260 codes (34, 3401, 340104): the pattern index answers region_code like '3401%'.
create index statistics_fact_region_day on statistics_fact (region_code varchar_pattern_ops, fact_day);
