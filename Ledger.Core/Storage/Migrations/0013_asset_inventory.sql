-- The yearly asset inventory (年度资产清查, 农清明细19-1 资产负债表（组织类）): beside each balance-sheet line's book
-- value (账面数) the township records the value it verified (核实数). Every figure it sets is kept, with who set it and
-- when; the latest per line is the form's.
CREATE TABLE inventory_verified (
    id         INTEGER PRIMARY KEY,
    book_id    INTEGER NOT NULL REFERENCES book (id),
    year       INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2199),
    line_key   TEXT    NOT NULL CHECK (length(line_key) BETWEEN 1 AND 10),
    amount_fen INTEGER NOT NULL,
    set_by     INTEGER NOT NULL REFERENCES app_user (id),
    set_utc    TEXT    NOT NULL
);
CREATE INDEX inventory_verified_by_book ON inventory_verified (book_id, year, line_key, id);

CREATE TRIGGER inventory_verified_is_append_only_update
BEFORE UPDATE ON inventory_verified
BEGIN
    SELECT RAISE(ABORT, 'inventory_verified: history is append-only');
END;

CREATE TRIGGER inventory_verified_is_append_only_delete
BEFORE DELETE ON inventory_verified
BEGIN
    SELECT RAISE(ABORT, 'inventory_verified: history is append-only');
END;
