-- Records kept outside the books that the books are held against (domain.md §7, findings 7 and 8): the bank's
-- statements of each bank account, their matches with voucher lines, and the register of contracts (合同台账).

-- One line of a bank statement, as the bank wrote it. Amounts are from the village's side: positive is money in
-- (the bank's 贷方), negative money out (the bank's 借方). Lines are kept once and never changed.
CREATE TABLE bank_line (
    id                   INTEGER PRIMARY KEY,
    account_id           INTEGER NOT NULL REFERENCES account (id),
    date                 TEXT    NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    amount_fen           INTEGER NOT NULL CHECK (amount_fen <> 0),
    balance_fen          INTEGER NOT NULL,
    summary              TEXT    NOT NULL DEFAULT '',
    counterparty         TEXT    NOT NULL DEFAULT '',
    counterparty_account TEXT    NOT NULL DEFAULT '',
    -- 交易流水号 when the bank gives one; otherwise the line is known by its date, amount and balance.
    serial               TEXT,
    file_name            TEXT    NOT NULL,
    row_no               INTEGER NOT NULL,
    imported_by          INTEGER NOT NULL REFERENCES app_user (id),
    imported_utc         TEXT    NOT NULL
);

CREATE UNIQUE INDEX bank_line_once_by_serial ON bank_line (account_id, serial) WHERE serial IS NOT NULL;
CREATE UNIQUE INDEX bank_line_once_by_content ON bank_line (account_id, date, amount_fen, balance_fen) WHERE serial IS NULL;
CREATE INDEX bank_line_by_date ON bank_line (account_id, date);

CREATE TRIGGER bank_line_is_kept_update
BEFORE UPDATE ON bank_line
BEGIN
    SELECT RAISE(ABORT, 'bank_line: a statement line never changes');
END;

CREATE TRIGGER bank_line_is_kept_delete
BEFORE DELETE ON bank_line
BEGIN
    SELECT RAISE(ABORT, 'bank_line: a statement line never changes');
END;

-- A statement line paired with one voucher line on the same bank account. Undoing a match keeps it, with who
-- undid it and when; a line is in at most one standing match on each side.
CREATE TABLE bank_match (
    id             INTEGER PRIMARY KEY,
    bank_line_id   INTEGER NOT NULL REFERENCES bank_line (id),
    voucher_id     INTEGER NOT NULL REFERENCES voucher (id),
    line_no        INTEGER NOT NULL,
    how            TEXT    NOT NULL CHECK ((how = 'auto' OR how = 'manual')),
    matched_by     INTEGER NOT NULL REFERENCES app_user (id),
    matched_utc    TEXT    NOT NULL,
    unmatched_by   INTEGER REFERENCES app_user (id),
    unmatched_utc  TEXT,
    CHECK ((unmatched_by IS NULL) = (unmatched_utc IS NULL))
);

CREATE UNIQUE INDEX bank_match_one_per_bank_line ON bank_match (bank_line_id) WHERE unmatched_utc IS NULL;
CREATE UNIQUE INDEX bank_match_one_per_voucher_line ON bank_match (voucher_id, line_no) WHERE unmatched_utc IS NULL;

CREATE TRIGGER bank_match_only_undone
BEFORE UPDATE ON bank_match
WHEN OLD.unmatched_utc IS NOT NULL OR NEW.bank_line_id <> OLD.bank_line_id OR NEW.voucher_id <> OLD.voucher_id
  OR NEW.line_no <> OLD.line_no OR NEW.how <> OLD.how OR NEW.matched_by <> OLD.matched_by OR NEW.matched_utc <> OLD.matched_utc
BEGIN
    SELECT RAISE(ABORT, 'bank_match: a match is only ever undone, once');
END;

CREATE TRIGGER bank_match_is_kept
BEFORE DELETE ON bank_match
BEGIN
    SELECT RAISE(ABORT, 'bank_match: matches are kept');
END;

-- A contract of the collective (合同台账): what is let to whom, from when to when, and what falls due how often.
CREATE TABLE contract (
    id                  INTEGER PRIMARY KEY,
    book_id             INTEGER NOT NULL REFERENCES book (id),
    number              TEXT    NOT NULL CHECK (length(number) BETWEEN 1 AND 64),
    counterparty        TEXT    NOT NULL CHECK (length(counterparty) BETWEEN 1 AND 100),
    subject             TEXT    NOT NULL CHECK (length(subject) BETWEEN 1 AND 100),
    start_date          TEXT    NOT NULL CHECK (start_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    end_date            TEXT    NOT NULL CHECK (end_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    amount_per_period_fen INTEGER NOT NULL CHECK (amount_per_period_fen > 0),
    cycle_months        INTEGER NOT NULL CHECK (cycle_months IN (1, 3, 12)),
    UNIQUE (book_id, number),
    CHECK (end_date >= start_date)
);

-- Every contract as it was imported, first and after each change: the register's history.
CREATE TABLE contract_event (
    id           INTEGER PRIMARY KEY,
    contract_id  INTEGER NOT NULL REFERENCES contract (id),
    action       TEXT    NOT NULL CHECK ((action = 'registered' OR action = 'changed')),
    content      TEXT    NOT NULL,
    file_name    TEXT    NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES app_user (id),
    at_utc       TEXT    NOT NULL
);

CREATE TRIGGER contract_is_kept
BEFORE DELETE ON contract
BEGIN
    SELECT RAISE(ABORT, 'contract: contracts are kept; a change is a new version');
END;

CREATE TRIGGER contract_event_is_append_only_update
BEFORE UPDATE ON contract_event
BEGIN
    SELECT RAISE(ABORT, 'contract_event: history is append-only');
END;

CREATE TRIGGER contract_event_is_append_only_delete
BEFORE DELETE ON contract_event
BEGIN
    SELECT RAISE(ABORT, 'contract_event: history is append-only');
END;
