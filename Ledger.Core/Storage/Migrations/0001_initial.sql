-- The first version of the vledger store. Constraints compare with OR rather than IN (...): SQLite builds an
-- ephemeral table for every IN list it evaluates, which made each checked insert several times slower.
-- Money is INTEGER fen everywhere; dates are TEXT yyyy-MM-dd;
-- months are INTEGER yyyymm. The rules of Ledger.Core are mirrored here as a second line of defence.

CREATE TABLE township (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    code        TEXT    NOT NULL CHECK (length(code) BETWEEN 1 AND 20),
    name        TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_utc TEXT    NOT NULL,
    is_demo     INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
);

CREATE TABLE village (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100)
);

CREATE TABLE book (
    id         INTEGER PRIMARY KEY,
    village_id INTEGER NOT NULL REFERENCES village (id),
    kind       TEXT    NOT NULL CHECK ((kind = 'committee' OR kind = 'collective')),
    UNIQUE (village_id, kind)
);

CREATE TABLE app_user (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
    role        TEXT    NOT NULL CHECK ((role = 'admin' OR role = 'clerk' OR role = 'village-head' OR role = 'finance-group' OR role = 'township-reviewer' OR role = 'township-accountant' OR role = 'auditor')),
    village_id  INTEGER REFERENCES village (id),
    created_utc TEXT    NOT NULL,
    CHECK (NOT (role = 'village-head' OR role = 'finance-group') OR village_id IS NOT NULL),
    CHECK ((role = 'clerk' OR role = 'village-head' OR role = 'finance-group') OR village_id IS NULL)
);

CREATE TABLE account (
    id          INTEGER PRIMARY KEY,
    book_id     INTEGER NOT NULL REFERENCES book (id),
    code        TEXT    NOT NULL CHECK (length(code) BETWEEN 3 AND 15 AND code NOT GLOB '*[^0-9]*'),
    name        TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    class       TEXT    NOT NULL CHECK ((class = 'asset' OR class = 'liability' OR class = 'equity' OR class = 'cost' OR class = 'income' OR class = 'expense')),
    normal_side TEXT    NOT NULL CHECK ((normal_side = 'debit' OR normal_side = 'credit' OR normal_side = 'both')),
    parent_id   INTEGER REFERENCES account (id),
    level       INTEGER NOT NULL CHECK (level >= 1),
    is_leaf     INTEGER NOT NULL CHECK (is_leaf IN (0, 1)),
    is_active   INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    dimension   TEXT    NOT NULL DEFAULT 'none'
                        CHECK ((dimension = 'none' OR dimension = 'counterparty' OR dimension = 'project' OR dimension = 'counterparty-or-project')),
    UNIQUE (book_id, code),
    CHECK ((level = 1) = (parent_id IS NULL)),
    CHECK ((level = 1) = (length(code) = 3))
);

-- Every file imported, by its content hash, so that the same file is never imported twice.
CREATE TABLE import_file (
    id           INTEGER PRIMARY KEY,
    sha256       TEXT    NOT NULL CHECK (length(sha256) = 64),
    kind         TEXT    NOT NULL CHECK ((kind = 'vouchers' OR kind = 'accounts' OR kind = 'opening' OR kind = 'budget')),
    file_name    TEXT    NOT NULL,
    imported_utc TEXT    NOT NULL,
    imported_by  INTEGER NOT NULL REFERENCES app_user (id),
    vouchers     INTEGER NOT NULL CHECK (vouchers >= 0),
    lines        INTEGER NOT NULL CHECK (lines >= 0),
    -- The book named on the command line, if any: the same sheet of opening balances may serve two books.
    target       TEXT    NOT NULL DEFAULT '',
    UNIQUE (sha256, kind, target)
);

CREATE TABLE voucher (
    id               INTEGER PRIMARY KEY,
    book_id          INTEGER NOT NULL REFERENCES book (id),
    date             TEXT    NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    month            INTEGER NOT NULL,
    summary          TEXT    NOT NULL CHECK (length(summary) BETWEEN 1 AND 200),
    source_ref       TEXT    CHECK (source_ref IS NULL OR length(source_ref) BETWEEN 1 AND 64),
    attachment_count INTEGER NOT NULL DEFAULT 0 CHECK (attachment_count BETWEEN 0 AND 10000),
    kind             TEXT    NOT NULL CHECK ((kind = 'normal' OR kind = 'reversal' OR kind = 'opening' OR kind = 'closing')),
    reversal_of      INTEGER REFERENCES voucher (id),
    status           TEXT    NOT NULL CHECK ((status = 'submitted' OR status = 'approved' OR status = 'rejected' OR status = 'posted' OR status = 'reversed' OR status = 'withdrawn')),
    number           INTEGER CHECK (number IS NULL OR number >= 1),
    total_fen        INTEGER NOT NULL,
    prepared_by      INTEGER NOT NULL REFERENCES app_user (id),
    prepared_utc     TEXT    NOT NULL,
    posted_by        INTEGER REFERENCES app_user (id),
    posted_utc       TEXT,
    import_id        INTEGER REFERENCES import_file (id),
    resolution_ref   TEXT    CHECK (resolution_ref IS NULL OR length(resolution_ref) BETWEEN 1 AND 64),
    linked_id        INTEGER REFERENCES voucher (id),
    CHECK (month = CAST(substr(date, 1, 4) AS INTEGER) * 100 + CAST(substr(date, 6, 2) AS INTEGER)),
    CHECK (((status = 'posted' OR status = 'reversed')) = (number IS NOT NULL)),
    CHECK (((status = 'posted' OR status = 'reversed')) = (posted_by IS NOT NULL)),
    CHECK (posted_by IS NULL OR posted_by <> prepared_by OR (kind = 'reversal' OR kind = 'opening' OR kind = 'closing')),
    CHECK ((kind = 'reversal') = (reversal_of IS NOT NULL)),
    CHECK (kind = 'normal' OR (status = 'approved' OR status = 'posted')),
    CHECK (((kind = 'normal' OR kind = 'opening' OR kind = 'closing') AND total_fen > 0) OR (kind = 'reversal' AND total_fen < 0)),
    UNIQUE (book_id, month, number)
);
-- Listing by book and month uses the unique key above; posting and the approval run find vouchers by status.
CREATE INDEX voucher_by_status_month ON voucher (status, month, book_id);
CREATE UNIQUE INDEX voucher_reversed_once ON voucher (reversal_of) WHERE reversal_of IS NOT NULL;
-- The few vouchers the engine makes itself (reversals, openings, year-end closing), which reports leave out.
CREATE INDEX voucher_engine_made ON voucher (kind, month) WHERE kind <> 'normal';
CREATE INDEX voucher_by_source_ref ON voucher (book_id, source_ref) WHERE source_ref IS NOT NULL;

-- Keyed by voucher and line number, without a rowid: one B-tree, with a voucher's lines side by side.
CREATE TABLE voucher_line (
    voucher_id   INTEGER NOT NULL REFERENCES voucher (id),
    line_no      INTEGER NOT NULL CHECK (line_no BETWEEN 1 AND 500),
    account_id   INTEGER NOT NULL REFERENCES account (id),
    debit_fen    INTEGER NOT NULL,
    credit_fen   INTEGER NOT NULL,
    counterparty TEXT CHECK (counterparty IS NULL OR length(counterparty) BETWEEN 1 AND 100),
    project      TEXT CHECK (project IS NULL OR length(project) BETWEEN 1 AND 100),
    CHECK ((debit_fen = 0) <> (credit_fen = 0)),
    PRIMARY KEY (voucher_id, line_no)
) WITHOUT ROWID;
CREATE INDEX voucher_line_by_account ON voucher_line (account_id);

-- Who did what to a voucher after it was submitted, and why: approved, rejected, posted, reversed. Submission
-- itself is the voucher's prepared_by and prepared_utc, so an import of many vouchers writes no row here.
CREATE TABLE voucher_event (
    id         INTEGER PRIMARY KEY,
    voucher_id INTEGER NOT NULL REFERENCES voucher (id),
    action     TEXT    NOT NULL CHECK ((action = 'submitted' OR action = 'approved' OR action = 'rejected' OR action = 'posted' OR action = 'reversed' OR action = 'withdrawn' OR action = 'edited')),
    user_id    INTEGER NOT NULL REFERENCES app_user (id),
    role       TEXT    NOT NULL,
    at_utc     TEXT    NOT NULL,
    reason     TEXT
);
CREATE INDEX voucher_event_by_voucher ON voucher_event (voucher_id);

-- Per account and month, the posted debits and credits. Kept up to date at posting so that reports never
-- re-sum history.
CREATE TABLE account_month_total (
    account_id INTEGER NOT NULL REFERENCES account (id),
    month      INTEGER NOT NULL,
    debit_fen  INTEGER NOT NULL,
    credit_fen INTEGER NOT NULL,
    PRIMARY KEY (account_id, month)
) WITHOUT ROWID;

-- One trigger for every rule of a new line, so that each insert looks its voucher and account up once: a normal
-- or opening voucher carries positive amounts and a red-ink reversal negated ones; the account is a leaf of the
-- voucher's own book; and a posted voucher takes no new line.
CREATE TRIGGER voucher_line_insert_rules
BEFORE INSERT ON voucher_line
BEGIN
    SELECT RAISE(ABORT, 'voucher_line: the amount''s sign, the account''s book or leaf, or the voucher''s status forbids this line')
    FROM voucher v, account a
    WHERE v.id = NEW.voucher_id AND a.id = NEW.account_id
      AND (((v.kind = 'normal' OR v.kind = 'opening' OR v.kind = 'closing') AND (NEW.debit_fen < 0 OR NEW.credit_fen < 0))
        OR (v.kind = 'reversal' AND (NEW.debit_fen > 0 OR NEW.credit_fen > 0))
        OR a.book_id <> v.book_id
        OR a.is_leaf = 0
        OR (v.status = 'posted' OR v.status = 'reversed'));
END;

-- Posted history never changes: a posted voucher may only become reversed, and nothing else about it moves.
CREATE TRIGGER voucher_posted_is_immutable
BEFORE UPDATE ON voucher
WHEN (OLD.status = 'posted' OR OLD.status = 'reversed')
 AND NOT (OLD.status = 'posted' AND NEW.status = 'reversed'
          AND NEW.book_id = OLD.book_id AND NEW.date = OLD.date AND NEW.month = OLD.month
          AND NEW.summary = OLD.summary AND NEW.number = OLD.number AND NEW.total_fen = OLD.total_fen
          AND NEW.prepared_by = OLD.prepared_by AND NEW.posted_by = OLD.posted_by
          AND NEW.posted_utc = OLD.posted_utc AND NEW.kind = OLD.kind
          AND NEW.source_ref IS OLD.source_ref AND NEW.reversal_of IS OLD.reversal_of
          AND NEW.attachment_count = OLD.attachment_count)
BEGIN
    SELECT RAISE(ABORT, 'voucher: a posted voucher never changes; reverse it instead');
END;

CREATE TRIGGER voucher_posted_is_never_deleted
BEFORE DELETE ON voucher
WHEN (OLD.status = 'posted' OR OLD.status = 'reversed')
BEGIN
    SELECT RAISE(ABORT, 'voucher: a posted voucher is never deleted; reverse it instead');
END;

-- A voucher is posted only when its lines balance and there are at least two of them; one pass over its lines.
CREATE TRIGGER voucher_posts_only_when_balanced
BEFORE UPDATE OF status ON voucher
WHEN NEW.status = 'posted'
 AND (SELECT count(*) < 2 OR sum(debit_fen) <> sum(credit_fen) OR sum(debit_fen) <> NEW.total_fen
      FROM voucher_line WHERE voucher_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'voucher: its lines do not balance');
END;

CREATE TRIGGER voucher_line_of_posted_is_immutable
BEFORE UPDATE ON voucher_line
WHEN (SELECT status FROM voucher WHERE id = OLD.voucher_id) IN ('posted', 'reversed')
BEGIN
    SELECT RAISE(ABORT, 'voucher_line: a line of a posted voucher never changes');
END;

CREATE TRIGGER voucher_line_of_posted_is_never_deleted
BEFORE DELETE ON voucher_line
WHEN (SELECT status FROM voucher WHERE id = OLD.voucher_id) IN ('posted', 'reversed')
BEGIN
    SELECT RAISE(ABORT, 'voucher_line: a line of a posted voucher is never deleted');
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

-- The approval policy as a JSON document; every version is kept, the newest is in force.
CREATE TABLE approval_policy (
    id          INTEGER PRIMARY KEY,
    document    TEXT    NOT NULL CHECK (json_valid(document)),
    changed_utc TEXT    NOT NULL,
    changed_by  INTEGER NOT NULL REFERENCES app_user (id)
);

CREATE TRIGGER approval_policy_is_append_only_update
BEFORE UPDATE ON approval_policy
BEGIN
    SELECT RAISE(ABORT, 'approval_policy: history is append-only');
END;

CREATE TRIGGER approval_policy_is_append_only_delete
BEFORE DELETE ON approval_policy
BEGIN
    SELECT RAISE(ABORT, 'approval_policy: history is append-only');
END;

-- Each book's budget (年初收支预算) per year and account. Lines are replaced by re-import until the budget is
-- approved; after that they change only by recorded adjustments.
CREATE TABLE budget_line (
    book_id    INTEGER NOT NULL REFERENCES book (id),
    year       INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2199),
    account_id INTEGER NOT NULL REFERENCES account (id),
    amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
    PRIMARY KEY (book_id, year, account_id)
) WITHOUT ROWID;

CREATE TABLE budget_approval (
    book_id      INTEGER NOT NULL REFERENCES book (id),
    year         INTEGER NOT NULL,
    approved_by  INTEGER NOT NULL REFERENCES app_user (id),
    approved_utc TEXT    NOT NULL,
    PRIMARY KEY (book_id, year)
) WITHOUT ROWID;

-- Every change to a budget, with who, when and why.
CREATE TABLE budget_event (
    id         INTEGER PRIMARY KEY,
    book_id    INTEGER NOT NULL REFERENCES book (id),
    year       INTEGER NOT NULL,
    account_id INTEGER REFERENCES account (id),
    action     TEXT    NOT NULL CHECK (action = 'imported' OR action = 'approved' OR action = 'adjusted'),
    amount_fen INTEGER,
    user_id    INTEGER NOT NULL REFERENCES app_user (id),
    at_utc     TEXT    NOT NULL,
    reason     TEXT
);

-- The approvals a voucher holds now: one row per approving person, in the role they approved in. Editing a voucher
-- clears them (the history keeps every approval in voucher_event).
CREATE TABLE voucher_approval (
    voucher_id INTEGER NOT NULL REFERENCES voucher (id),
    user_id    INTEGER NOT NULL REFERENCES app_user (id),
    role       TEXT    NOT NULL,
    at_utc     TEXT    NOT NULL,
    PRIMARY KEY (voucher_id, user_id),
    UNIQUE (voucher_id, role)
) WITHOUT ROWID;

-- Closed months per book. A closed month takes no voucher; reopening is recorded in period_event.
CREATE TABLE period_close (
    book_id    INTEGER NOT NULL REFERENCES book (id),
    month      INTEGER NOT NULL,
    closed_by  INTEGER NOT NULL REFERENCES app_user (id),
    closed_utc TEXT    NOT NULL,
    PRIMARY KEY (book_id, month)
) WITHOUT ROWID;

-- How many audit findings a book's month had when it was closed, so that the township view counts them without
-- re-running the audit over history. Reopening the month forgets the count; closing it again recounts.
CREATE TABLE period_findings (
    book_id  INTEGER NOT NULL REFERENCES book (id),
    month    INTEGER NOT NULL,
    findings INTEGER NOT NULL CHECK (findings >= 0),
    PRIMARY KEY (book_id, month)
) WITHOUT ROWID;

CREATE TABLE period_event (
    id      INTEGER PRIMARY KEY,
    book_id INTEGER NOT NULL REFERENCES book (id),
    month   INTEGER NOT NULL,
    action  TEXT    NOT NULL CHECK (action = 'closed' OR action = 'reopened'),
    user_id INTEGER NOT NULL REFERENCES app_user (id),
    at_utc  TEXT    NOT NULL,
    reason  TEXT
);

-- Nothing is posted into a closed month, whoever writes the store.
CREATE TRIGGER voucher_not_posted_in_closed_month
BEFORE UPDATE OF status ON voucher
WHEN NEW.status = 'posted' AND EXISTS (SELECT 1 FROM period_close WHERE book_id = NEW.book_id AND month = NEW.month)
BEGIN
    SELECT RAISE(ABORT, 'voucher: its month is closed');
END;

-- The hash chain over posted vouchers: each posted voucher's canonical content, hashed with SHA-256 together with
-- the hash of the voucher posted before it in the same book. Any later edit of a posted voucher, its lines or its
-- approvals, a deleted or inserted voucher, or swapped numbers breaks the chain, and verify names where.
CREATE TABLE voucher_seal (
    voucher_id INTEGER PRIMARY KEY REFERENCES voucher (id),
    book_id    INTEGER NOT NULL REFERENCES book (id),
    seq        INTEGER NOT NULL CHECK (seq >= 1),
    prev_hash  TEXT    NOT NULL,
    hash       TEXT    NOT NULL CHECK (length(hash) = 64),
    UNIQUE (book_id, seq)
);

CREATE TRIGGER voucher_seal_is_append_only_update
BEFORE UPDATE ON voucher_seal
BEGIN
    SELECT RAISE(ABORT, 'voucher_seal: the chain is append-only');
END;

CREATE TRIGGER voucher_seal_is_append_only_delete
BEFORE DELETE ON voucher_seal
BEGIN
    SELECT RAISE(ABORT, 'voucher_seal: the chain is append-only');
END;
