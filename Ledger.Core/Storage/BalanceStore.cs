using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>Posted totals per account and month, and the balances read from them.</summary>
internal static class BalanceStore
{
    public sealed class TrialRow
    {
        public long AccountId { get; init; }
        public long OpeningNetFen { get; init; }
        public long PeriodDebitFen { get; init; }
        public long PeriodCreditFen { get; init; }
    }

    public sealed class DailyNet
    {
        public string Date { get; init; } = "";
        public long NetFen { get; init; }
    }

    /// <summary>Adds posted amounts to the month totals, one upsert per account and month touched.</summary>
    public static void AddToMonthTotals(DbTransaction tx, IEnumerable<(long AccountId, int Month, long DebitFen, long CreditFen)> deltas)
    {
        using var upsert = tx.Connection!.CreateCommand();
        upsert.Transaction = tx;
        upsert.CommandText = """
            INSERT INTO account_month_total (account_id, month, debit_fen, credit_fen) VALUES (@account, @month, @debit, @credit)
            ON CONFLICT (account_id, month) DO UPDATE
            SET debit_fen = account_month_total.debit_fen + excluded.debit_fen, credit_fen = account_month_total.credit_fen + excluded.credit_fen
            """;
        var parameters = new[] { "@account", "@month", "@debit", "@credit" }
            .Select(name =>
            {
                var parameter = upsert.CreateParameter();
                parameter.ParameterName = name;
                upsert.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
        foreach (var (accountId, month, debit, credit) in deltas)
        {
            parameters[0].Value = accountId;
            parameters[1].Value = month;
            parameters[2].Value = debit;
            parameters[3].Value = credit;
            upsert.ExecuteNonQuery();
        }
    }

    /// <summary>Every book with the years it has month totals in, by book and year.</summary>
    public static IReadOnlyList<(Books.BookRef Book, int Year)> BookYears(DbTransaction tx) =>
        tx.Connection!.Query<(string VillageCode, string Kind, long Year)>(
            """
            SELECT DISTINCT v.code, b.kind, t.month / 100
            FROM account_month_total t JOIN account a ON a.id = t.account_id JOIN book b ON b.id = a.book_id JOIN village v ON v.id = b.village_id
            ORDER BY 1, 2, 3
            """, transaction: tx).Select(r => (Books.BookRef.FromStore(r.VillageCode, r.Kind), (int)r.Year)).ToList();

    /// <summary>Per account of the book: the net before the first month, and the debits and credits within the period.</summary>
    public static IReadOnlyList<TrialRow> Trial(DbTransaction tx, long bookId, int firstMonth, int lastMonth) =>
        tx.Connection!.Query<TrialRow>(
            """
            SELECT t.account_id AS AccountId,
                   sum(CASE WHEN t.month < @firstMonth THEN t.debit_fen - t.credit_fen ELSE 0 END) AS OpeningNetFen,
                   sum(CASE WHEN t.month >= @firstMonth THEN t.debit_fen ELSE 0 END) AS PeriodDebitFen,
                   sum(CASE WHEN t.month >= @firstMonth THEN t.credit_fen ELSE 0 END) AS PeriodCreditFen
            FROM account_month_total t JOIN account a ON a.id = t.account_id
            WHERE a.book_id = @bookId AND t.month <= @lastMonth
            GROUP BY t.account_id
            """, new { bookId, firstMonth, lastMonth }, tx).AsList();

    /// <summary>The posted net movement of one account per day, in date order.</summary>
    public static IReadOnlyList<DailyNet> DailyNets(DbTransaction tx, long accountId) =>
        tx.Connection!.Query<DailyNet>(
            """
            SELECT v.date, sum(l.debit_fen - l.credit_fen) AS NetFen
            FROM voucher_line l JOIN voucher v ON v.id = l.voucher_id
            WHERE l.account_id = @accountId AND v.is_posted
            GROUP BY v.date ORDER BY v.date
            """, new { accountId }, tx).AsList();

    /// <summary>Per day of one month, the net movement of an account by its posted vouchers, in date order.</summary>
    public static IReadOnlyList<DailyNet> DailyNetsIn(DbTransaction tx, long accountId, int month) =>
        tx.Connection!.Query<DailyNet>(
            """
            -- From the month's vouchers of the account's book on their (month, book) key to their lines, rather than
            -- from every line the account ever took.
            SELECT c.date, sum(l.debit_fen - l.credit_fen) AS NetFen
            FROM voucher_content c CROSS JOIN voucher_line l
            WHERE l.voucher_id = c.id AND c.month = @month AND c.book_id = (SELECT book_id FROM account WHERE id = @accountId)
              AND l.account_id = @accountId AND EXISTS (SELECT 1 FROM voucher_posting p WHERE p.voucher_id = c.id)
            GROUP BY c.date ORDER BY c.date
            """, new { accountId, month }, tx).AsList();

    /// <summary>An account's balance (debit minus credit) before a month, from the month totals kept at posting.</summary>
    public static long BalanceBeforeFen(DbTransaction tx, long accountId, int month) =>
        tx.Connection!.ExecuteScalar<long>(
            "SELECT coalesce(sum(debit_fen - credit_fen), 0) FROM account_month_total WHERE account_id = @accountId AND month < @month",
            new { accountId, month }, tx);

    /// <summary>
    /// Per day, the net movement of an account by its posted and approved vouchers: what the account will hold once
    /// everything approved is posted, as approval checks a payment against.
    /// </summary>
    /// <param name="excluded">Vouchers left out whatever their status: those the caller counts itself.</param>
    public static IReadOnlyList<DailyNet> CommittedDailyNets(DbTransaction tx, long accountId, IReadOnlyList<long> excluded) =>
        tx.Connection!.Query<DailyNet>(
            """
            SELECT v.date, sum(l.debit_fen - l.credit_fen) AS NetFen
            FROM voucher_line l JOIN voucher v ON v.id = l.voucher_id
            WHERE l.account_id = @accountId AND (v.is_cleared OR v.is_posted)
              AND v.id NOT IN (SELECT value FROM json_each(@excluded))
            GROUP BY v.date ORDER BY v.date
            """, new { accountId, excluded = JsonRows.Of(excluded) }, tx).AsList();

    /// <summary>Debits minus credits over all month totals of a book and month; zero whenever the books balance.</summary>
    public static long MonthImbalanceFen(DbTransaction tx, long bookId, int month) =>
        tx.Connection!.ExecuteScalar<long>(
            """
            SELECT coalesce(sum(t.debit_fen - t.credit_fen), 0)
            FROM account_month_total t JOIN account a ON a.id = t.account_id
            WHERE a.book_id = @bookId AND t.month = @month
            """, new { bookId, month }, tx);
}
