-- The share cooperative (domain.md §6): the charter's share classes, the register fixed to households, the events
-- that move units after fixation, and the yearly dividend plans with their approvals.

-- A class of the township's charters (人口股, 农龄股, 集体股 …). Weights are kept in ten-thousandths of a unit, so
-- that weighted units stay integers and an allocation over them is exact.
CREATE TABLE share_class (
    id        INTEGER PRIMARY KEY,
    name      TEXT    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    weight_e4 INTEGER NOT NULL CHECK (weight_e4 BETWEEN 0 AND 1000000)
);

-- A share household (股权户) of one collective book. The ID number is kept as given; every output masks it.
CREATE TABLE share_household (
    id        INTEGER PRIMARY KEY,
    book_id   INTEGER NOT NULL REFERENCES book (id),
    household TEXT    NOT NULL CHECK (length(household) BETWEEN 1 AND 32),
    head_name TEXT    NOT NULL CHECK (length(head_name) BETWEEN 1 AND 100),
    id_number TEXT    NOT NULL CHECK (length(id_number) BETWEEN 1 AND 32),
    UNIQUE (book_id, household)
);

-- The units each household held when the register was fixed. After fixation they never change: later holdings
-- are these plus the recorded events.
CREATE TABLE share_holding (
    household_id INTEGER NOT NULL REFERENCES share_household (id),
    class_id     INTEGER NOT NULL REFERENCES share_class (id),
    units        INTEGER NOT NULL CHECK (units BETWEEN 0 AND 1000000),
    PRIMARY KEY (household_id, class_id)
);

CREATE TABLE share_fixation (
    book_id   INTEGER PRIMARY KEY REFERENCES book (id),
    fixed_on  TEXT    NOT NULL CHECK (fixed_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    fixed_by  INTEGER NOT NULL REFERENCES app_user (id),
    fixed_utc TEXT    NOT NULL
);

-- 继承 (inheritance), 赠与 (gift) or 转让 (internal transfer): units of one class from one household to another of
-- the same book, effective on a date after fixation. Units move; they are never made or destroyed.
CREATE TABLE share_event (
    id                INTEGER PRIMARY KEY,
    book_id           INTEGER NOT NULL REFERENCES book (id),
    kind              TEXT    NOT NULL CHECK ((kind = 'inheritance' OR kind = 'gift' OR kind = 'transfer')),
    from_household_id INTEGER NOT NULL REFERENCES share_household (id),
    to_household_id   INTEGER NOT NULL REFERENCES share_household (id),
    class_id          INTEGER NOT NULL REFERENCES share_class (id),
    units             INTEGER NOT NULL CHECK (units BETWEEN 1 AND 1000000),
    effective_on      TEXT    NOT NULL CHECK (effective_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    recorded_by       INTEGER NOT NULL REFERENCES app_user (id),
    recorded_utc      TEXT    NOT NULL,
    CHECK (from_household_id <> to_household_id)
);

CREATE TRIGGER share_holding_frozen_insert
BEFORE INSERT ON share_holding
WHEN EXISTS (SELECT 1 FROM share_household h JOIN share_fixation f ON f.book_id = h.book_id WHERE h.id = NEW.household_id)
BEGIN
    SELECT RAISE(ABORT, 'share_holding: the register is fixed');
END;

CREATE TRIGGER share_holding_frozen_update
BEFORE UPDATE ON share_holding
WHEN EXISTS (SELECT 1 FROM share_household h JOIN share_fixation f ON f.book_id = h.book_id WHERE h.id = OLD.household_id)
BEGIN
    SELECT RAISE(ABORT, 'share_holding: the register is fixed');
END;

CREATE TRIGGER share_holding_frozen_delete
BEFORE DELETE ON share_holding
WHEN EXISTS (SELECT 1 FROM share_household h JOIN share_fixation f ON f.book_id = h.book_id WHERE h.id = OLD.household_id)
BEGIN
    SELECT RAISE(ABORT, 'share_holding: the register is fixed');
END;

CREATE TRIGGER share_household_frozen_delete
BEFORE DELETE ON share_household
WHEN EXISTS (SELECT 1 FROM share_fixation f WHERE f.book_id = OLD.book_id)
BEGIN
    SELECT RAISE(ABORT, 'share_household: the register is fixed');
END;

CREATE TRIGGER share_fixation_is_final_update
BEFORE UPDATE ON share_fixation
BEGIN
    SELECT RAISE(ABORT, 'share_fixation: a fixation is final');
END;

CREATE TRIGGER share_fixation_is_final_delete
BEFORE DELETE ON share_fixation
BEGIN
    SELECT RAISE(ABORT, 'share_fixation: a fixation is final');
END;

CREATE TRIGGER share_event_after_fixation
BEFORE INSERT ON share_event
WHEN NOT EXISTS (SELECT 1 FROM share_fixation f WHERE f.book_id = NEW.book_id AND f.fixed_on < NEW.effective_on)
BEGIN
    SELECT RAISE(ABORT, 'share_event: events come after the fixation date');
END;

CREATE TRIGGER share_event_is_append_only_update
BEFORE UPDATE ON share_event
BEGIN
    SELECT RAISE(ABORT, 'share_event: history is append-only');
END;

CREATE TRIGGER share_event_is_append_only_delete
BEFORE DELETE ON share_event
BEGIN
    SELECT RAISE(ABORT, 'share_event: history is append-only');
END;

-- Accounts whose income the chart marks as not distributable (land compensation, earmarked subsidies …); a mark
-- on an account covers its sub-accounts.
CREATE TABLE account_non_distributable (
    account_id INTEGER PRIMARY KEY REFERENCES account (id)
);

-- One year's dividend plan of a collective book. A plan is replaced, never edited: a new plan supersedes it, and
-- its figures, allocations and approvals stay as they were.
CREATE TABLE dividend_plan (
    id                        INTEGER PRIMARY KEY,
    book_id                   INTEGER NOT NULL REFERENCES book (id),
    year                      INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2199),
    record_date               TEXT    NOT NULL CHECK (record_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    year_result_fen           INTEGER NOT NULL,
    opening_undistributed_fen INTEGER NOT NULL,
    non_distributable_fen     INTEGER NOT NULL,
    distributable_fen         INTEGER NOT NULL CHECK (distributable_fen > 0),
    reserve_percent           INTEGER NOT NULL CHECK (reserve_percent BETWEEN 0 AND 100),
    pool_percent              INTEGER NOT NULL CHECK (pool_percent BETWEEN 0 AND 100),
    reserve_fen               INTEGER NOT NULL CHECK (reserve_fen >= 0),
    pool_fen                  INTEGER NOT NULL CHECK (pool_fen >= 0),
    retained_fen              INTEGER NOT NULL CHECK (retained_fen >= 0),
    weighted_units_e4         INTEGER NOT NULL CHECK (weighted_units_e4 > 0),
    planned_by                INTEGER NOT NULL REFERENCES app_user (id),
    planned_utc               TEXT    NOT NULL,
    status                    TEXT    NOT NULL CHECK ((status = 'planned' OR status = 'approved' OR status = 'posted' OR status = 'superseded')),
    voucher_id                INTEGER REFERENCES voucher (id),
    CHECK (reserve_fen + pool_fen + retained_fen = distributable_fen),
    CHECK (year_result_fen + opening_undistributed_fen - non_distributable_fen = distributable_fen),
    CHECK ((status = 'posted') = (voucher_id IS NOT NULL))
);

CREATE UNIQUE INDEX dividend_plan_one_current ON dividend_plan (book_id, year) WHERE status <> 'superseded';

CREATE TRIGGER dividend_plan_figures_are_final
BEFORE UPDATE ON dividend_plan
WHEN NEW.book_id <> OLD.book_id OR NEW.year <> OLD.year OR NEW.record_date <> OLD.record_date
  OR NEW.distributable_fen <> OLD.distributable_fen OR NEW.reserve_fen <> OLD.reserve_fen OR NEW.pool_fen <> OLD.pool_fen
  OR NEW.retained_fen <> OLD.retained_fen OR NEW.weighted_units_e4 <> OLD.weighted_units_e4
  OR OLD.status = 'posted' OR OLD.status = 'superseded'
BEGIN
    SELECT RAISE(ABORT, 'dividend_plan: a plan''s figures never change, and a posted or superseded plan is final');
END;

CREATE TRIGGER dividend_plan_is_kept
BEFORE DELETE ON dividend_plan
BEGIN
    SELECT RAISE(ABORT, 'dividend_plan: plans are kept');
END;

CREATE TABLE dividend_allocation (
    plan_id           INTEGER NOT NULL REFERENCES dividend_plan (id),
    household_id      INTEGER NOT NULL REFERENCES share_household (id),
    weighted_units_e4 INTEGER NOT NULL CHECK (weighted_units_e4 >= 0),
    amount_fen        INTEGER NOT NULL CHECK (amount_fen >= 0),
    PRIMARY KEY (plan_id, household_id)
);

CREATE TRIGGER dividend_allocation_is_final_update
BEFORE UPDATE ON dividend_allocation
BEGIN
    SELECT RAISE(ABORT, 'dividend_allocation: allocations never change');
END;

CREATE TRIGGER dividend_allocation_is_final_delete
BEFORE DELETE ON dividend_allocation
BEGIN
    SELECT RAISE(ABORT, 'dividend_allocation: allocations never change');
END;

-- The plan needs a township reviewer and the village's democratic finance group, each once.
CREATE TABLE dividend_approval (
    plan_id      INTEGER NOT NULL REFERENCES dividend_plan (id),
    role         TEXT    NOT NULL CHECK ((role = 'township-reviewer' OR role = 'finance-group')),
    user_id      INTEGER NOT NULL REFERENCES app_user (id),
    approved_utc TEXT    NOT NULL,
    PRIMARY KEY (plan_id, role)
);

CREATE TRIGGER dividend_approval_is_append_only_update
BEFORE UPDATE ON dividend_approval
BEGIN
    SELECT RAISE(ABORT, 'dividend_approval: history is append-only');
END;

CREATE TRIGGER dividend_approval_is_append_only_delete
BEFORE DELETE ON dividend_approval
BEGIN
    SELECT RAISE(ABORT, 'dividend_approval: history is append-only');
END;
