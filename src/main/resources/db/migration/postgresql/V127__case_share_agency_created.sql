-- Active shares only: revoked ones, the most of them in time, are never walked (see common/V126).
create index case_share_agency_created on case_share (agency_code, case_created_at desc, case_id desc)
    where revoked_at is null;
