-- The year's end in one order (issue 16): a dividend plan carries the members' (representatives') assembly
-- resolution (成员（代表）大会决议) before it is posted, and every book has 322 收益分配's sub-accounts, through which
-- the distribution is posted and which the income statement's distribution lines read.

-- A plan's resolution, recorded once by one of its approvers; a plan redrawn from changed books needs its own.
CREATE TABLE dividend_resolution (
    plan_id      INTEGER PRIMARY KEY REFERENCES dividend_plan (id),
    resolution   TEXT    NOT NULL CHECK (length(resolution) BETWEEN 1 AND 200),
    recorded_by  INTEGER NOT NULL REFERENCES app_user (id),
    recorded_utc TEXT    NOT NULL
);

CREATE TRIGGER dividend_resolution_is_kept_update
BEFORE UPDATE ON dividend_resolution
BEGIN
    SELECT RAISE(ABORT, 'dividend_resolution: a recorded resolution never changes');
END;

CREATE TRIGGER dividend_resolution_is_kept_delete
BEFORE DELETE ON dividend_resolution
BEGIN
    SELECT RAISE(ABORT, 'dividend_resolution: a recorded resolution is kept');
END;

-- Books created before this release had 322 as a bare leaf. Those whose 322 has never taken a line (and has no
-- sub-accounts of the township's own) get the seeded sub-accounts, as a new book does. A 322 that already holds
-- lines keeps them: its totals stay where they are, and it stays a leaf, since the statements sum leaves only.
CREATE TEMP TABLE distribution_parent AS
SELECT a.id AS parent_id, a.book_id
FROM account a
WHERE a.code = '322' AND a.is_leaf = 1
  AND NOT EXISTS (SELECT 1 FROM voucher_line l WHERE l.account_id = a.id)
  AND NOT EXISTS (SELECT 1 FROM account c WHERE c.parent_id = a.id);

INSERT INTO account (book_id, code, name, class, normal_side, parent_id, level, is_leaf, is_active, dimension)
SELECT p.book_id, s.code, s.name, a.class, a.normal_side, a.id, 2, s.is_leaf, 1, a.dimension
FROM distribution_parent p JOIN account a ON a.id = p.parent_id
CROSS JOIN (SELECT '32201' AS code, '各项分配' AS name, 0 AS is_leaf UNION ALL SELECT '32202', '未分配收益', 1) s;

INSERT INTO account (book_id, code, name, class, normal_side, parent_id, level, is_leaf, is_active, dimension)
SELECT p.book_id, s.code, s.name, g.class, g.normal_side, g.id, 3, 1, 1, g.dimension
FROM distribution_parent p JOIN account g ON g.book_id = p.book_id AND g.code = '32201'
CROSS JOIN (SELECT '3220101' AS code, '提取公积公益金' AS name UNION ALL SELECT '3220102', '向成员分配' UNION ALL SELECT '3220103', '其他') s;

UPDATE account SET is_leaf = 0 WHERE id IN (SELECT parent_id FROM distribution_parent);

DROP TABLE distribution_parent;
