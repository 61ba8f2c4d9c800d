-- When the request went out: an addressed agency reads the request record from then on, never before.
alter table assistance_request add column sent_at timestamp with time zone;
update assistance_request set sent_at = created_at where status in ('OPEN', 'CLOSED');
