using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>The per-account figures statements are computed from, read from the month totals kept at posting.</summary>
internal static class StatementStore
{
    public sealed class Movement
    {
        public long AccountId { get; init; }
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
    }

    /// <summary>
    /// Per account, the debits and credits of the closing vouchers (carries of income and expense) that stand posted,
    /// not reversed, in the months @firstMonth to @lastMonth: what readers of income take back out. The few closing
    /// vouchers are found on the engine-made (kind, month) key; through the view the month range walked every voucher
    /// of the year. SQLite takes that partial index only when the query names its condition (kind &lt;&gt; 'normal') as
    /// it is written there.
    /// </summary>
    internal const string StandingClosingByAccount = """
        SELECT l.account_id, sum(l.debit_fen) AS debit_fen, sum(l.credit_fen) AS credit_fen
        FROM voucher_content c CROSS JOIN voucher_line l
        WHERE l.voucher_id = c.id AND c.kind <> 'normal' AND c.kind = 'closing' AND c.month BETWEEN @firstMonth AND @lastMonth
          AND EXISTS (SELECT 1 FROM voucher_posting p WHERE p.voucher_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM voucher_content r JOIN voucher_posting rp ON rp.voucher_id = r.id WHERE r.reversal_of = c.id)
        GROUP BY l.account_id
        """;

    /// <summary>Per account, debits and credits of the months, less those of the closing vouchers that stand.</summary>
    public static Dictionary<long, Movement> MovementsWithoutClosing(DbTransaction tx, long bookId, int firstMonth, int lastMonth)
    {
        var totals = tx.Connection!.Query<Movement>(
            """
            SELECT t.account_id AS AccountId, sum(t.debit_fen) AS DebitFen, sum(t.credit_fen) AS CreditFen
            FROM account_month_total t JOIN account a ON a.id = t.account_id
            WHERE a.book_id = @bookId AND t.month BETWEEN @firstMonth AND @lastMonth
            GROUP BY t.account_id
            """, new { bookId, firstMonth, lastMonth }, tx).ToDictionary(m => m.AccountId);
        var closing = tx.Connection!.Query<Movement>(
            "SELECT s.account_id AS AccountId, s.debit_fen AS DebitFen, s.credit_fen AS CreditFen FROM ("
            + StandingClosingByAccount + ") s JOIN account a ON a.id = s.account_id WHERE a.book_id = @bookId",
            new { bookId, firstMonth, lastMonth }, tx);
        foreach (var close in closing)
        {
            var total = totals[close.AccountId];
            totals[close.AccountId] = new Movement { AccountId = close.AccountId, DebitFen = total.DebitFen - close.DebitFen, CreditFen = total.CreditFen - close.CreditFen };
        }
        return totals;
    }
}
