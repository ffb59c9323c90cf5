-- Who acts is proven (issue 23). A township made with passwords keeps, per user, a slow salted hash of the password,
-- a signing key pair whose private half is encrypted under a key derived from that password, the live login sessions,
-- and the history of all of it. Every approval and posting written in such a township is covered by a signature of its
-- actor over the voucher's content hash and the action; verify checks them with the key the signer held at the time.

-- 'names': users act by name alone (init --no-passwords, the demo, and every store made before this release, whose
-- users have no password to prove). 'passwords': every changing command needs proof.
ALTER TABLE township ADD COLUMN proof TEXT NOT NULL DEFAULT 'names' CHECK (proof = 'names' OR proof = 'passwords');

-- When the township began to prove who acts: at init with passwords, or when an admin turned passwords on for a store
-- kept by name until then. Approvals and postings before it were made by name and carry no signature.
ALTER TABLE township ADD COLUMN proof_since_utc TEXT;

-- A store's own identity, so that a login session (a token file in the OS account's config folder) belongs to one
-- store and is never offered to another.
ALTER TABLE township ADD COLUMN store_id TEXT NOT NULL DEFAULT '';
UPDATE township SET store_id = lower(hex(randomblob(16)));

-- The current password of each user who has one: only its verifier (PBKDF2-SHA256, salted, with its iteration
-- count) is kept; the counter of failures in a row and the end of a lockout are the state the next attempt needs.
CREATE TABLE user_credential (
    user_id          INTEGER PRIMARY KEY REFERENCES app_user (id),
    password_hash    TEXT    NOT NULL CHECK (password_hash GLOB 'pbkdf2-sha256$*'),
    changed_utc      TEXT    NOT NULL,
    failures_in_row  INTEGER NOT NULL DEFAULT 0 CHECK (failures_in_row >= 0),
    locked_until_utc TEXT
);

-- Signing keys with their history: a key is retired, never deleted, so that every signature made with it stays
-- verifiable. The private key is AES-256-GCM ciphertext under a key derived from the password; while a key is retired
-- its ciphertext is dropped (nobody signs with it again) and its public half is kept. Every key is certified: the first
-- admin's first key by itself (the township's root, whose fingerprint verify prints to be kept on paper), every other
-- by the key of the admin who enrolled the user or reset the password, so that a key planted in the file is named.
CREATE TABLE user_key (
    id                    INTEGER PRIMARY KEY,
    user_id               INTEGER NOT NULL REFERENCES app_user (id),
    algorithm             TEXT    NOT NULL CHECK (algorithm = 'ecdsa-p256-sha256' OR algorithm = 'sm2-sm3'),
    public_key            BLOB    NOT NULL,
    encrypted_private_key BLOB,
    created_utc           TEXT    NOT NULL,
    retired_utc           TEXT,
    certified_by          INTEGER REFERENCES user_key (id),
    certificate           BLOB    NOT NULL,
    CHECK (retired_utc IS NULL OR encrypted_private_key IS NULL)
);
CREATE UNIQUE INDEX user_key_current ON user_key (user_id) WHERE retired_utc IS NULL;

CREATE TRIGGER user_key_public_half_is_kept
BEFORE UPDATE OF id, user_id, algorithm, public_key, created_utc, certified_by, certificate ON user_key
BEGIN
    SELECT RAISE(ABORT, 'user_key: a public key and its history never change');
END;

CREATE TRIGGER user_key_is_never_deleted
BEFORE DELETE ON user_key
BEGIN
    SELECT RAISE(ABORT, 'user_key: a signing key is retired, never deleted');
END;

-- A login: the SHA-256 of the random token that the token file holds, and the user's private key wrapped under a key
-- derived from that token, so that a command proven by the session can sign without the password. Logging out or
-- expiring drops the wrapped key.
CREATE TABLE login_session (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES app_user (id),
    token_sha256  TEXT    NOT NULL UNIQUE,
    key_id        INTEGER REFERENCES user_key (id),
    wrapped_key   BLOB,
    started_utc   TEXT    NOT NULL,
    expires_utc   TEXT    NOT NULL,
    ended_utc     TEXT,
    CHECK (ended_utc IS NULL OR wrapped_key IS NULL)
);

-- Everything that happened to a user's proof, append-only: passwords set, changed and reset (by whom), logins and
-- logouts, wrong passwords, and lockouts.
CREATE TABLE credential_event (
    id       INTEGER PRIMARY KEY,
    user_id  INTEGER NOT NULL REFERENCES app_user (id),
    action   TEXT    NOT NULL CHECK (action IN ('password-set', 'password-changed', 'password-reset', 'login', 'logout',
                                                'session-expired', 'failed', 'locked', 'key-created')),
    by_user  INTEGER REFERENCES app_user (id),
    at_utc   TEXT    NOT NULL,
    detail   TEXT
);
CREATE INDEX credential_event_by_user ON credential_event (user_id, id);

CREATE TRIGGER credential_event_is_append_only_update
BEFORE UPDATE ON credential_event
BEGIN
    SELECT RAISE(ABORT, 'credential_event: history is append-only');
END;

CREATE TRIGGER credential_event_is_append_only_delete
BEFORE DELETE ON credential_event
BEGIN
    SELECT RAISE(ABORT, 'credential_event: history is append-only');
END;

-- One signature per command that approved or posted: the signer, the key, the time, and the signed items as text, one
-- line per approval or posting (the action, the voucher, the role or the number, the time of the record and the
-- voucher's content hash). The signature is over SHA-256 of a header naming the store, signer, key and time, and of
-- the items, so that an item can be neither added, altered nor taken out without it failing.
CREATE TABLE action_signature (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES app_user (id),
    key_id      INTEGER NOT NULL REFERENCES user_key (id),
    signed_utc  TEXT    NOT NULL,
    items       TEXT    NOT NULL,
    signature   BLOB    NOT NULL
);

CREATE TRIGGER action_signature_is_append_only_update
BEFORE UPDATE ON action_signature
BEGIN
    SELECT RAISE(ABORT, 'action_signature: a signature never changes');
END;

CREATE TRIGGER action_signature_is_append_only_delete
BEFORE DELETE ON action_signature
BEGIN
    SELECT RAISE(ABORT, 'action_signature: a signature is never deleted');
END;
