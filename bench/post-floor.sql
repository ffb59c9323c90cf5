-- The floor under `vledger approvals run --approve` and `vledger voucher post` on this machine: sqlite3 alone doing
-- the writes both must make for every imported voucher, as set-based SQL with the connection settings vledger uses.
-- Approving records who approved in which role, an event, and the voucher's clearance; posting appends a record
-- numbering each voucher per book and month, appends a seal to the book's chain and adds the lines to the month totals. The seals here
-- carry random bytes: the floor leaves out the SHA-256 over each voucher's content and every check vledger makes
-- before it writes (tiers, budgets, cash, closed months, the preparer).
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -16384;
PRAGMA temp_store = MEMORY;
PRAGMA foreign_keys = ON;
BEGIN;
INSERT INTO voucher_approval (voucher_id, user_id, role, at_utc)
SELECT id, (SELECT id FROM app_user WHERE name = 'reviewer'), 'township-reviewer', '2026-01-01T00:00:00.000Z'
FROM voucher_content WHERE state = 'submitted';
INSERT INTO voucher_event (voucher_id, action, user_id, role, at_utc)
SELECT id, 'approved', (SELECT id FROM app_user WHERE name = 'reviewer'), 'township-reviewer', '2026-01-01T00:00:00.000Z'
FROM voucher_content WHERE state = 'submitted';
INSERT INTO voucher_clearance (voucher_id, cleared_utc)
SELECT id, '2026-01-01T00:00:00.000Z' FROM voucher_content WHERE state = 'submitted';
COMMIT;
BEGIN;
CREATE TEMP TABLE posting AS
SELECT id, book_id, month,
       row_number() OVER (PARTITION BY book_id, month ORDER BY date, id) AS number,
       row_number() OVER (PARTITION BY book_id ORDER BY month, date, id) AS seq
FROM voucher_content v
WHERE EXISTS (SELECT 1 FROM voucher_clearance k WHERE k.voucher_id = v.id)
  AND NOT EXISTS (SELECT 1 FROM voucher_posting p WHERE p.voucher_id = v.id);
INSERT INTO voucher_posting (voucher_id, book_id, month, number, word_number, posted_by, role, posted_utc)
SELECT id, book_id, month, number, number, (SELECT id FROM app_user WHERE name = 'accountant'), 'township-accountant', '2026-01-01T00:00:00.000Z'
FROM posting ORDER BY book_id, month, number;
INSERT INTO voucher_seal (voucher_id, book_id, seq, prev_hash, hash)
SELECT id, book_id, seq, lower(hex(randomblob(32))), lower(hex(randomblob(32))) FROM posting ORDER BY id;
INSERT INTO account_month_total (account_id, month, debit_fen, credit_fen)
SELECT l.account_id, p.month, sum(l.debit_fen), sum(l.credit_fen)
FROM posting p JOIN voucher_line l ON l.voucher_id = p.id
GROUP BY l.account_id, p.month
ON CONFLICT (account_id, month) DO UPDATE SET debit_fen = debit_fen + excluded.debit_fen, credit_fen = credit_fen + excluded.credit_fen;
COMMIT;
