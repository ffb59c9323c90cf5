-- The operation log names who added each user and each village, and when (财会〔2024〕12号 §32): until now a user's
-- entry stood under the new user's own name and a village had none.
ALTER TABLE app_user ADD COLUMN created_by INTEGER REFERENCES app_user (id);
ALTER TABLE village ADD COLUMN created_by INTEGER REFERENCES app_user (id);
ALTER TABLE village ADD COLUMN created_utc TEXT;
