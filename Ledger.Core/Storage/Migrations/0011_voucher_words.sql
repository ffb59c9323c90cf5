-- Voucher words (凭证字, issue 19). A township may class its posted vouchers 收, 付 and 转 instead of the one 记,
-- each word numbered from 1 per book and month. The posting record keeps its gapless posting sequence (number) and
-- gains the word and the word's own number, which is what is shown, printed and exported. Every earlier posting is
-- 记, with its word number equal to its sequence.

ALTER TABLE voucher_posting ADD COLUMN word TEXT NOT NULL DEFAULT '记' CHECK (word = '记' OR word = '收' OR word = '付' OR word = '转');
ALTER TABLE voucher_posting ADD COLUMN word_number INTEGER NOT NULL DEFAULT 0;

-- The one update a posting record ever takes: numbering the records written before words existed.
DROP TRIGGER voucher_posting_is_append_only_update;
UPDATE voucher_posting SET word_number = number;
CREATE TRIGGER voucher_posting_is_append_only_update
BEFORE UPDATE ON voucher_posting
BEGIN
    SELECT RAISE(ABORT, 'voucher_posting: a posting is never changed');
END;

CREATE UNIQUE INDEX voucher_posting_by_word ON voucher_posting (book_id, month, word, word_number);

-- The posting record's rules, as 0010 wrote them, and two more at the end: a word's numbers run 1, 2, 3 … without a
-- gap in its book and month, and a month is numbered under one scheme, 记 alone or 收, 付 and 转, never both.
DROP TRIGGER voucher_posting_rules;
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
    SELECT RAISE(ABORT, 'voucher: its word''s number is not the next of its book and month')
    WHERE NEW.word_number <> coalesce((SELECT max(word_number) FROM voucher_posting
                                       WHERE book_id = NEW.book_id AND month = NEW.month AND word = NEW.word), 0) + 1;
    -- Each test is a seek on the (book, month, word, number) key, not a walk over the month's postings.
    SELECT RAISE(ABORT, 'voucher: a month is numbered either with 记 or with 收, 付 and 转')
    WHERE (NEW.word = '记' AND EXISTS (SELECT 1 FROM voucher_posting WHERE book_id = NEW.book_id AND month = NEW.month
                                        AND word IN ('收', '付', '转')))
       OR (NEW.word <> '记' AND EXISTS (SELECT 1 FROM voucher_posting WHERE book_id = NEW.book_id AND month = NEW.month
                                         AND word = '记'));
END;

DROP VIEW voucher;
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
       p.voucher_id IS NOT NULL AS is_posted,
       k.voucher_id IS NOT NULL AS is_cleared,
       p.word, p.word_number
FROM voucher_content c
LEFT JOIN voucher_posting p ON p.voucher_id = c.id
LEFT JOIN voucher_clearance k ON k.voucher_id = c.id;
