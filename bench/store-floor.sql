-- The floor under `vledger import vouchers` on this machine: sqlite3 alone moving vouchers that vledger already read
-- and checked (schema s, a copy of the imported store's vouchers) into an empty store of vledger's schema, with the
-- connection settings vledger uses. No parsing, no validation, no .NET: only what the store itself checks and
-- indexes on every row (foreign keys, CHECKs, the line trigger, five indexes) and the commit.
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -16384;
PRAGMA temp_store = MEMORY;
PRAGMA foreign_keys = ON;
BEGIN;
INSERT INTO voucher_content SELECT * FROM s.voucher_content ORDER BY id;
INSERT INTO voucher_line SELECT * FROM s.voucher_line ORDER BY rowid;
COMMIT;
