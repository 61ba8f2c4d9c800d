-- An assistance request's items and a reply's findings are JSON of up to 50 entries of up to 2000 + 2000 and 10000
-- characters (AssistanceLimits), which escaping lengthens further: more than the 200000 the columns held.
alter table assistance_request alter column items type text;
alter table assistance_reply alter column findings type text;
