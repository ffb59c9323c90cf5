using System.Data.Common;
using Dapper;

namespace Ledger.Core.Storage;

/// <summary>The queries behind the books an office prints: 日记账, 明细账, 总账 and 多栏账.</summary>
internal static class BookLineStore
{
    public sealed class CounterLine
    {
        public long VoucherId { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string LevelOneName { get; init; } = "";
    }

    public sealed class MonthTotal
    {
        public long Month { get; init; }
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
    }

    /// <summary>
    /// The other lines of every posted voucher in the months that has a line on an account under
    /// <paramref name="prefix"/>: the 对方科目 a journal shows beside each entry, in voucher line order.
    /// </summary>
    public static IReadOnlyList<CounterLine> CounterLines(DbTransaction tx, long bookId, string prefix, int firstMonth, int lastMonth) =>
        tx.Connection!.Query<CounterLine>(
            """
            SELECT v.id AS VoucherId, a.code, a.name, top.name AS LevelOneName
            FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id JOIN account a ON a.id = l.account_id
            JOIN account top ON top.book_id = a.book_id AND top.code = substr(a.code, 1, 3)
            WHERE v.book_id = @bookId AND v.is_posted AND v.month BETWEEN @firstMonth AND @lastMonth
              AND EXISTS (SELECT 1 FROM voucher_line m JOIN account ma ON ma.id = m.account_id
                          WHERE m.voucher_id = v.id AND substr(ma.code, 1, length(@prefix)) = @prefix)
            ORDER BY v.id, l.line_no
            """, new { bookId, prefix, firstMonth, lastMonth }, tx).AsList();

    /// <summary>
    /// The posted debits and credits per month of the accounts under <paramref name="prefix"/>, from the month totals
    /// kept at posting; months without a movement are absent.
    /// </summary>
    public static IReadOnlyList<MonthTotal> MonthTotals(DbTransaction tx, long bookId, string prefix, int firstMonth, int lastMonth) =>
        tx.Connection!.Query<MonthTotal>(
            """
            SELECT t.month, sum(t.debit_fen) AS DebitFen, sum(t.credit_fen) AS CreditFen
            FROM account_month_total t JOIN account a ON a.id = t.account_id
            WHERE a.book_id = @bookId AND t.month BETWEEN @firstMonth AND @lastMonth
              AND substr(a.code, 1, length(@prefix)) = @prefix
            GROUP BY t.month ORDER BY t.month
            """, new { bookId, prefix, firstMonth, lastMonth }, tx).AsList();
}
