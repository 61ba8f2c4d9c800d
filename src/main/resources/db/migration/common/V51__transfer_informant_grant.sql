-- The approving supervisor's tick that the informant's identity travels with a transfer: who ticked and when.
-- The new owner receives the identity through a share of its own when ownership passes, never through ownership.
alter table lead_transfer add column informant_granted_by varchar(64);
alter table lead_transfer add column informant_granted_at timestamp with time zone;
