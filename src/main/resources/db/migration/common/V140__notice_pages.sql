-- The notice list pages by keyset on (created_at, id), newest first, per addressed agency and role (GET /api/notices).
create index deadline_notice_page on deadline_notice (addressed_agency, addressed_role, created_at desc, id desc);
