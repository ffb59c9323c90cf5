-- Households that join the register after fixation (issue 17): 分户 (a household splits off a new one) and 新增户
-- (a household newly admitted), each by a recorded event that carries the resolution (决议) allowing it. Under
-- 股权固化 units are neither issued nor cancelled (生不增、死不减): the new household's units come from an existing
-- household in the same event, so the register's total never changes.

-- The day a household joined the register; null for the households it was fixed with.
ALTER TABLE share_household ADD COLUMN added_on TEXT CHECK (added_on IS NULL OR added_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]');

-- SQLite cannot widen a CHECK in place, so the event table is rebuilt with the two new kinds and the resolution;
-- its rows are copied as they are, and its triggers are created again under the same names.
CREATE TABLE share_event_widened (
    id                INTEGER PRIMARY KEY,
    book_id           INTEGER NOT NULL REFERENCES book (id),
    kind              TEXT    NOT NULL CHECK ((kind = 'inheritance' OR kind = 'gift' OR kind = 'transfer' OR kind = 'partition' OR kind = 'new-household')),
    from_household_id INTEGER NOT NULL REFERENCES share_household (id),
    to_household_id   INTEGER NOT NULL REFERENCES share_household (id),
    class_id          INTEGER NOT NULL REFERENCES share_class (id),
    units             INTEGER NOT NULL CHECK (units BETWEEN 1 AND 1000000),
    effective_on      TEXT    NOT NULL CHECK (effective_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    recorded_by       INTEGER NOT NULL REFERENCES app_user (id),
    recorded_utc      TEXT    NOT NULL,
    resolution        TEXT    CHECK (resolution IS NULL OR length(resolution) BETWEEN 1 AND 200),
    CHECK (from_household_id <> to_household_id),
    -- A household joins the register only by a resolution.
    CHECK (NOT (kind = 'partition' OR kind = 'new-household') OR resolution IS NOT NULL)
);

INSERT INTO share_event_widened (id, book_id, kind, from_household_id, to_household_id, class_id, units, effective_on, recorded_by, recorded_utc)
SELECT id, book_id, kind, from_household_id, to_household_id, class_id, units, effective_on, recorded_by, recorded_utc FROM share_event;

DROP TABLE share_event;

ALTER TABLE share_event_widened RENAME TO share_event;

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

-- A household's entry, once made, is history like the event that made it.
CREATE TRIGGER share_household_added_on_is_final
BEFORE UPDATE OF added_on ON share_household
WHEN OLD.added_on IS NOT NULL OR EXISTS (SELECT 1 FROM share_fixation f WHERE f.book_id = OLD.book_id)
BEGIN
    SELECT RAISE(ABORT, 'share_household: the day a household joined is final');
END;
