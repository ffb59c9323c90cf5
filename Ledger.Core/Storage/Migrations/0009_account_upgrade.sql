-- 科目升级: an account that has taken lines becomes the first sub-account of a new parent of its old code, so its
-- postings read as the sub-account's from then on. Posted vouchers were sealed with the code their accounts had
-- then; each re-keying is kept here, with how far its book's chain was sealed, so that the seals can be checked
-- against the codes they were made with.
CREATE TABLE account_rekey (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES account (id),
    old_code       TEXT    NOT NULL,
    new_code       TEXT    NOT NULL,
    sealed_through INTEGER NOT NULL CHECK (sealed_through >= 0),
    user_id        INTEGER NOT NULL REFERENCES app_user (id),
    at_utc         TEXT    NOT NULL
);
CREATE INDEX account_rekey_by_account ON account_rekey (account_id);

CREATE TRIGGER account_rekey_is_append_only_update
BEFORE UPDATE ON account_rekey
BEGIN
    SELECT RAISE(ABORT, 'account_rekey: history is append-only');
END;

CREATE TRIGGER account_rekey_is_append_only_delete
BEFORE DELETE ON account_rekey
BEGIN
    SELECT RAISE(ABORT, 'account_rekey: history is append-only');
END;
