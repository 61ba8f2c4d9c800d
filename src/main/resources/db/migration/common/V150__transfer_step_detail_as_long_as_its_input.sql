-- A transfer's step keeps what the step says (LeadTransferSteps): a designation's agency code and reasoning
-- (40 + 2 + 2000 characters) and the crime report's result (4000); the column held 2000, and longer ones failed at
-- the database.
alter table lead_transfer_step alter column detail set data type varchar(4000);
