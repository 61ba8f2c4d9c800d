-- As postgresql/V151, in H2's longest character column (the demo's in-memory database; H2 text is a CLOB).
alter table assistance_request alter column items set data type varchar(1000000);
alter table assistance_reply alter column findings set data type varchar(1000000);
