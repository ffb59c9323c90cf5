-- A refusal kept in the log is read by people in Chinese first; rows from before keep their English reason only.
ALTER TABLE access_refusal ADD COLUMN reason_zh TEXT;
