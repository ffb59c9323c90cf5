-- A command refused because of the actor's role or village changes nothing, but the attempt is kept: who tried
-- what, when, and why it was refused, append-only like every other history.
CREATE TABLE access_refusal (
    id      INTEGER PRIMARY KEY,
    at_utc  TEXT    NOT NULL,
    user_id INTEGER NOT NULL REFERENCES app_user (id),
    command TEXT    NOT NULL CHECK (length(command) BETWEEN 1 AND 200),
    code    TEXT    NOT NULL CHECK (code GLOB 'access.*'),
    reason  TEXT    NOT NULL
);

CREATE TRIGGER access_refusal_is_append_only_update
BEFORE UPDATE ON access_refusal
BEGIN
    SELECT RAISE(ABORT, 'access_refusal: history is append-only');
END;

CREATE TRIGGER access_refusal_is_append_only_delete
BEFORE DELETE ON access_refusal
BEGIN
    SELECT RAISE(ABORT, 'access_refusal: history is append-only');
END;
