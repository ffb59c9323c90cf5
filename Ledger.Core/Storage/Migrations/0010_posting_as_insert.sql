-- vledger: foreign keys off
-- Posting as an insert. A voucher's content is written once (voucher_content); the approval run appends a clearance
-- and posting appends a posting record, instead of updating the voucher's row and moving its index entries. Its
-- status is derived from what exists (the view voucher): posted when a posting record exists, reversed when a posted
-- red-ink voucher reverses it, approved when cleared, else the state its clerk and reviewers left it in (submitted,
-- rejected, withdrawn). The table is rebuilt without its old status and posting columns, so this migration runs with
-- foreign keys off and is checked with foreign_key_check before it commits (SQLite's own procedure for such changes).

DROP TRIGGER voucher_line_insert_rules;
DROP TRIGGER voucher_posted_is_immutable;
DROP TRIGGER voucher_posted_is_never_deleted;
DROP TRIGGER voucher_posts_only_when_balanced;
DROP TRIGGER voucher_line_of_posted_is_immutable;
DROP TRIGGER voucher_line_of_posted_is_never_deleted;
DROP TRIGGER voucher_not_posted_in_closed_month;
DROP TRIGGER voucher_event_is_append_only_update;
DROP TRIGGER voucher_event_is_append_only_delete;

-- Every table that refers to voucher now refers to voucher_content; the rebuild below keeps that name.
ALTER TABLE voucher RENAME TO voucher_content;

CREATE TABLE voucher_content_rebuilt (
    id               INTEGER PRIMARY KEY,
    book_id          INTEGER NOT NULL REFERENCES book (id),
    date             TEXT    NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    month            INTEGER NOT NULL,
    summary          TEXT    NOT NULL CHECK (length(summary) BETWEEN 1 AND 200),
    source_ref       TEXT    CHECK (source_ref IS NULL OR length(source_ref) BETWEEN 1 AND 64),
    attachment_count INTEGER NOT NULL DEFAULT 0 CHECK (attachment_count BETWEEN 0 AND 10000),
    kind             TEXT    NOT NULL CHECK ((kind = 'normal' OR kind = 'reversal' OR kind = 'opening' OR kind = 'closing')),
    reversal_of      INTEGER REFERENCES voucher_content (id),
    -- Where its clerk and reviewers left it before posting; approval and posting are the rows that follow.
    state            TEXT    NOT NULL CHECK ((state = 'submitted' OR state = 'rejected' OR state = 'withdrawn')),
    total_fen        INTEGER NOT NULL,
    prepared_by      INTEGER NOT NULL REFERENCES app_user (id),
    prepared_utc     TEXT    NOT NULL,
    import_id        INTEGER REFERENCES import_file (id),
    resolution_ref   TEXT    CHECK (resolution_ref IS NULL OR length(resolution_ref) BETWEEN 1 AND 64),
    linked_id        INTEGER REFERENCES voucher_content (id),
    CHECK (month = CAST(substr(date, 1, 4) AS INTEGER) * 100 + CAST(substr(date, 6, 2) AS INTEGER)),
    CHECK ((kind = 'reversal') = (reversal_of IS NOT NULL)),
    CHECK (kind = 'normal' OR state = 'submitted'),
    CHECK (((kind = 'normal' OR kind = 'opening' OR kind = 'closing') AND total_fen > 0) OR (kind = 'reversal' AND total_fen < 0))
);

INSERT INTO voucher_content_rebuilt (id, book_id, date, month, summary, source_ref, attachment_count, kind, reversal_of, state,
                                     total_fen, prepared_by, prepared_utc, import_id, resolution_ref, linked_id)
SELECT id, book_id, date, month, summary, source_ref, attachment_count, kind, reversal_of,
       CASE WHEN status = 'rejected' OR status = 'withdrawn' THEN status ELSE 'submitted' END,
       total_fen, prepared_by, prepared_utc, import_id, resolution_ref, linked_id
FROM voucher_content;

-- A normal voucher posts only once cleared by the approval run (or by its reviewers one by one); the engine's own
-- vouchers post at once. Editing an unposted voucher takes its clearance away.
CREATE TABLE voucher_clearance (
    voucher_id  INTEGER PRIMARY KEY REFERENCES voucher_content (id),
    cleared_utc TEXT    NOT NULL
);

INSERT INTO voucher_clearance (voucher_id, cleared_utc)
SELECT v.id, coalesce((SELECT max(e.at_utc) FROM voucher_event e WHERE e.voucher_id = v.id AND e.action = 'approved'), v.prepared_utc)
FROM voucher_content v
WHERE v.kind = 'normal' AND (v.status = 'approved' OR v.status = 'posted' OR v.status = 'reversed');

-- One record per posted voucher: its number in its book and month, who posted it in which role, and when.
CREATE TABLE voucher_posting (
    voucher_id INTEGER PRIMARY KEY REFERENCES voucher_content (id),
    book_id    INTEGER NOT NULL REFERENCES book (id),
    month      INTEGER NOT NULL,
    number     INTEGER NOT NULL CHECK (number >= 1),
    posted_by  INTEGER NOT NULL REFERENCES app_user (id),
    role       TEXT    NOT NULL,
    posted_utc TEXT    NOT NULL,
    UNIQUE (book_id, month, number)
);

INSERT INTO voucher_posting (voucher_id, book_id, month, number, posted_by, role, posted_utc)
SELECT v.id, v.book_id, v.month, v.number, v.posted_by,
       coalesce((SELECT e.role FROM voucher_event e WHERE e.voucher_id = v.id AND e.action = 'posted' ORDER BY e.id LIMIT 1),
                (SELECT u.role FROM app_user u WHERE u.id = v.posted_by)),
       v.posted_utc
FROM voucher_content v
WHERE v.number IS NOT NULL;

-- The posting record is now where posting is written down; the old 'posted' events moved into it.
DELETE FROM voucher_event WHERE action = 'posted';

DROP TABLE voucher_content;
ALTER TABLE voucher_content_rebuilt RENAME TO voucher_content;

-- By month and book, with the state, so that what is still waiting is counted from the index alone.
CREATE INDEX voucher_by_month ON voucher_content (month, book_id, state);
CREATE UNIQUE INDEX voucher_reversed_once ON voucher_content (reversal_of) WHERE reversal_of IS NOT NULL;
CREATE INDEX voucher_engine_made ON voucher_content (kind, month) WHERE kind <> 'normal';
CREATE INDEX voucher_by_source_ref ON voucher_content (book_id, source_ref) WHERE source_ref IS NOT NULL;

-- Readers see a voucher as before: its content, its derived status, and its posting.
CREATE VIEW voucher AS
SELECT c.id, c.book_id, c.date, c.month, c.summary, c.source_ref, c.attachment_count, c.kind, c.reversal_of,
       CASE
           WHEN p.voucher_id IS NOT NULL THEN
               CASE WHEN EXISTS (SELECT 1 FROM voucher_content r JOIN voucher_posting rp ON rp.voucher_id = r.id
                                 WHERE r.reversal_of = c.id) THEN 'reversed' ELSE 'posted' END
           WHEN c.state = 'submitted' AND k.voucher_id IS NOT NULL THEN 'approved'
           ELSE c.state
       END AS status,
       p.number, c.total_fen, c.prepared_by, c.prepared_utc, p.posted_by, p.posted_utc, c.import_id, c.resolution_ref,
       c.linked_id, c.state,
       -- The two facts status is made of, for readers that filter on them: each is one key lookup, where the status
       -- also looks for a reversal. Sending a voucher back or taking it back removes its clearance.
       p.voucher_id IS NOT NULL AS is_posted,
       k.voucher_id IS NOT NULL AS is_cleared
FROM voucher_content c
LEFT JOIN voucher_posting p ON p.voucher_id = c.id
LEFT JOIN voucher_clearance k ON k.voucher_id = c.id;

-- One trigger for every rule of a new line, so that each insert looks its voucher and account up once: a normal
-- or opening voucher carries positive amounts and a red-ink reversal negated ones; the account is a leaf of the
-- voucher's own book; and a posted voucher takes no new line.
CREATE TRIGGER voucher_line_insert_rules
BEFORE INSERT ON voucher_line
BEGIN
    SELECT RAISE(ABORT, 'voucher_line: the amount''s sign, the account''s book or leaf, or the voucher''s status forbids this line')
    FROM voucher_content v, account a
    WHERE v.id = NEW.voucher_id AND a.id = NEW.account_id
      AND (((v.kind = 'normal' OR v.kind = 'opening' OR v.kind = 'closing') AND (NEW.debit_fen < 0 OR NEW.credit_fen < 0))
        OR (v.kind = 'reversal' AND (NEW.debit_fen > 0 OR NEW.credit_fen > 0))
        OR a.book_id <> v.book_id
        OR a.is_leaf = 0
        OR EXISTS (SELECT 1 FROM voucher_posting p WHERE p.voucher_id = v.id));
END;

-- Posted history never changes: nothing about a posted voucher moves, and it is never deleted.
CREATE TRIGGER voucher_posted_is_immutable
BEFORE UPDATE ON voucher_content
WHEN EXISTS (SELECT 1 FROM voucher_posting WHERE voucher_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'voucher: a posted voucher never changes; reverse it instead');
END;

CREATE TRIGGER voucher_posted_is_never_deleted
BEFORE DELETE ON voucher_content
WHEN EXISTS (SELECT 1 FROM voucher_posting WHERE voucher_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'voucher: a posted voucher is never deleted; reverse it instead');
END;

CREATE TRIGGER voucher_line_of_posted_is_immutable
BEFORE UPDATE ON voucher_line
WHEN EXISTS (SELECT 1 FROM voucher_posting WHERE voucher_id = OLD.voucher_id)
BEGIN
    SELECT RAISE(ABORT, 'voucher_line: a line of a posted voucher never changes');
END;

CREATE TRIGGER voucher_line_of_posted_is_never_deleted
BEFORE DELETE ON voucher_line
WHEN EXISTS (SELECT 1 FROM voucher_posting WHERE voucher_id = OLD.voucher_id)
BEGIN
    SELECT RAISE(ABORT, 'voucher_line: a line of a posted voucher is never deleted');
END;

-- What a posting record must be, checked in one pass as it is appended: its book and month are its voucher's; the
-- voucher's lines balance, there are at least two, and they sum to its total; a normal voucher is cleared and not
-- sent back; whoever prepared a normal voucher does not post it; its month is open; and its number is the next one
-- of its book and month, so that numbers run 1, 2, 3 … without a gap.
CREATE TRIGGER voucher_posting_rules
BEFORE INSERT ON voucher_posting
BEGIN
    SELECT RAISE(ABORT, 'voucher: its book or month is not its posting''s')
    FROM voucher_content v WHERE v.id = NEW.voucher_id AND (v.book_id <> NEW.book_id OR v.month <> NEW.month);
    SELECT RAISE(ABORT, 'voucher: its lines do not balance')
    WHERE (SELECT count(*) < 2 OR sum(l.debit_fen) <> sum(l.credit_fen)
                  OR sum(l.debit_fen) <> (SELECT total_fen FROM voucher_content WHERE id = NEW.voucher_id)
           FROM voucher_line l WHERE l.voucher_id = NEW.voucher_id);
    SELECT RAISE(ABORT, 'voucher: only an approved voucher is posted, and not by its preparer')
    FROM voucher_content v
    WHERE v.id = NEW.voucher_id AND v.kind = 'normal'
      AND (v.state <> 'submitted' OR v.prepared_by = NEW.posted_by
           OR NOT EXISTS (SELECT 1 FROM voucher_clearance k WHERE k.voucher_id = v.id));
    SELECT RAISE(ABORT, 'voucher: its month is closed')
    WHERE EXISTS (SELECT 1 FROM period_close WHERE book_id = NEW.book_id AND month = NEW.month);
    SELECT RAISE(ABORT, 'voucher: its number is not the next of its book and month')
    WHERE NEW.number <> coalesce((SELECT max(number) FROM voucher_posting WHERE book_id = NEW.book_id AND month = NEW.month), 0) + 1;
END;

CREATE TRIGGER voucher_posting_is_append_only_update
BEFORE UPDATE ON voucher_posting
BEGIN
    SELECT RAISE(ABORT, 'voucher_posting: a posting is never changed');
END;

CREATE TRIGGER voucher_posting_is_append_only_delete
BEFORE DELETE ON voucher_posting
BEGIN
    SELECT RAISE(ABORT, 'voucher_posting: a posting is never deleted');
END;

CREATE TRIGGER voucher_clearance_of_posted_is_kept_update
BEFORE UPDATE ON voucher_clearance
BEGIN
    SELECT RAISE(ABORT, 'voucher_clearance: a clearance is never changed');
END;

CREATE TRIGGER voucher_clearance_of_posted_is_kept_delete
BEFORE DELETE ON voucher_clearance
WHEN EXISTS (SELECT 1 FROM voucher_posting WHERE voucher_id = OLD.voucher_id)
BEGIN
    SELECT RAISE(ABORT, 'voucher_clearance: the clearance of a posted voucher is kept');
END;

CREATE TRIGGER voucher_event_is_append_only_update
BEFORE UPDATE ON voucher_event
BEGIN
    SELECT RAISE(ABORT, 'voucher_event: history is append-only');
END;

CREATE TRIGGER voucher_event_is_append_only_delete
BEFORE DELETE ON voucher_event
BEGIN
    SELECT RAISE(ABORT, 'voucher_event: history is append-only');
END;
