using System.Data.Common;
using Dapper;
using Ledger.Core.Accounts;
using Ledger.Core.Vouchers;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>The queries behind the subsidiary ledger and the township view.</summary>
internal static class ReportStore
{
    public sealed class LedgerLine
    {
        public long VoucherId { get; init; }
        public string Date { get; init; } = "";
        public string Word { get; init; } = VoucherNumber.ClassPrefix;
        public long WordNumber { get; init; }
        public string Summary { get; init; } = "";
        public string Code { get; init; } = "";
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
        public string? Counterparty { get; init; }
    }

    public sealed class BookFigures
    {
        public long BookId { get; init; }
        public long IncomeFen { get; init; }
        public long SpendingFen { get; init; }
        public long CashFen { get; init; }
        public long BankFen { get; init; }
    }

    /// <summary>The posted lines of the accounts whose codes start with <paramref name="prefix"/>, in book order.</summary>
    public static IEnumerable<LedgerLine> Lines(DbTransaction tx, long bookId, string prefix, int firstMonth, int lastMonth) =>
        tx.Connection!.Query<LedgerLine>(
            """
            SELECT v.id AS VoucherId, v.date, v.word, v.word_number AS WordNumber, v.summary, a.code, l.debit_fen AS DebitFen, l.credit_fen AS CreditFen, l.counterparty
            FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id JOIN account a ON a.id = l.account_id
            WHERE v.book_id = @bookId AND v.is_posted
              AND v.month BETWEEN @firstMonth AND @lastMonth AND substr(a.code, 1, length(@prefix)) = @prefix
            ORDER BY v.date, v.month, v.number, l.line_no
            """, new { bookId, prefix, firstMonth, lastMonth }, tx, buffered: false);

    /// <summary>
    /// Per book, the period's income (credits less debits on income accounts) and spending (debits less credits on
    /// expense accounts), leaving out year-end closing, and cash and bank at the period's end. From the month totals.
    /// </summary>
    public static IReadOnlyList<BookFigures> Figures(DbTransaction tx, int firstMonth, int lastMonth) =>
        tx.Connection!.Query<BookFigures>(
            """
            WITH closing AS MATERIALIZED (
            """ + StatementStore.StandingClosingByAccount + """
            )
            SELECT b.id AS BookId,
                   coalesce((SELECT sum(t.credit_fen - t.debit_fen) FROM account_month_total t JOIN account a ON a.id = t.account_id
                             WHERE a.book_id = b.id AND a.class = 'income' AND t.month BETWEEN @firstMonth AND @lastMonth), 0)
                 - coalesce((SELECT sum(c.credit_fen - c.debit_fen) FROM closing c JOIN account a ON a.id = c.account_id
                             WHERE a.book_id = b.id AND a.class = 'income'), 0) AS IncomeFen,
                   coalesce((SELECT sum(t.debit_fen - t.credit_fen) FROM account_month_total t JOIN account a ON a.id = t.account_id
                             WHERE a.book_id = b.id AND a.class = 'expense' AND t.month BETWEEN @firstMonth AND @lastMonth), 0)
                 - coalesce((SELECT sum(c.debit_fen - c.credit_fen) FROM closing c JOIN account a ON a.id = c.account_id
                             WHERE a.book_id = b.id AND a.class = 'expense'), 0) AS SpendingFen,
                   coalesce((SELECT sum(t.debit_fen - t.credit_fen) FROM account_month_total t JOIN account a ON a.id = t.account_id
                             WHERE a.book_id = b.id AND substr(a.code, 1, 3) = @cash AND t.month <= @lastMonth), 0) AS CashFen,
                   coalesce((SELECT sum(t.debit_fen - t.credit_fen) FROM account_month_total t JOIN account a ON a.id = t.account_id
                             WHERE a.book_id = b.id AND substr(a.code, 1, 3) = @bank AND t.month <= @lastMonth), 0) AS BankFen
            FROM book b
            """, new { firstMonth, lastMonth, cash = ChartCodes.Cash, bank = ChartCodes.Bank }, tx).AsList();

    /// <summary>
    /// Per book, the vouchers of the period still waiting: submitted, or approved and unposted. Every posted voucher was
    /// submitted and none was sent back, so what waits is what was submitted less what was posted, both counted on keys.
    /// </summary>
    public static Dictionary<long, long> PendingCounts(DbTransaction tx, int firstMonth, int lastMonth) =>
        tx.Connection!.Query<(long BookId, long Count)>(
            """
            SELECT c.book_id,
                   count(*) - (SELECT count(*) FROM voucher_posting p
                               WHERE p.book_id = c.book_id AND p.month BETWEEN @firstMonth AND @lastMonth)
            FROM voucher_content c
            WHERE c.state = 'submitted' AND c.month BETWEEN @firstMonth AND @lastMonth
            GROUP BY c.book_id
            """, new { firstMonth, lastMonth }, tx).Where(r => r.Count > 0).ToDictionary(r => r.BookId, r => r.Count);

    public sealed class MoneyLine
    {
        public long VoucherId { get; init; }
        public string Date { get; init; } = "";
        public long Month { get; init; }
        public string Word { get; init; } = VoucherNumber.ClassPrefix;
        public long WordNumber { get; init; }
        public VoucherKind Kind { get; init; }
        public string Summary { get; init; } = "";
        public string Code { get; init; } = "";
        public string LevelOneName { get; init; } = "";
        public string? Counterparty { get; init; }
        public string? Project { get; init; }
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
    }

    /// <summary>
    /// Every line of the book's posted vouchers in the months that have a line on cash or bank (101, 102 and their
    /// sub-accounts), in book order: the vouchers that may move money, with the other side they moved it against.
    /// </summary>
    public static IReadOnlyList<MoneyLine> MoneyVouchers(DbTransaction tx, long bookId, int firstMonth, int lastMonth) =>
        tx.Connection!.Query<MoneyLine>(
            """
            SELECT v.id AS VoucherId, v.date, v.month, v.word, v.word_number AS WordNumber, v.kind, v.summary, a.code, top.name AS LevelOneName,
                   l.counterparty, l.project, l.debit_fen AS DebitFen, l.credit_fen AS CreditFen
            FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id JOIN account a ON a.id = l.account_id
            JOIN account top ON top.book_id = a.book_id AND top.code = substr(a.code, 1, 3)
            WHERE v.book_id = @bookId AND v.is_posted
              AND v.month BETWEEN @firstMonth AND @lastMonth
              AND EXISTS (SELECT 1 FROM voucher_line m JOIN account ma ON ma.id = m.account_id
                          WHERE m.voucher_id = v.id AND (substr(ma.code, 1, 3) = @cash OR substr(ma.code, 1, 3) = @bank))
            ORDER BY v.date, v.month, v.number, l.line_no
            """, new { bookId, firstMonth, lastMonth, cash = ChartCodes.Cash, bank = ChartCodes.Bank }, tx).AsList();
}
