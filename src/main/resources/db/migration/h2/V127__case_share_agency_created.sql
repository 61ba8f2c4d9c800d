-- H2 has no partial index: revoked shares are in it and skipped while walking (see common/V126).
create index case_share_agency_created on case_share (agency_code, case_created_at desc, case_id desc);
