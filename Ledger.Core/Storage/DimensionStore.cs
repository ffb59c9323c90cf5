using System.Data.Common;
using Dapper;
using Ledger.Core.Accounts;

namespace Ledger.Core.Storage;

/// <summary>
/// The queries behind 辅助核算: balances by counterparty and project, the lines that ageing and a statement of account
/// are made of, and what each project of 241 and 231 has received and spent for the approval run.
/// </summary>
internal static class DimensionStore
{
    public sealed class DimensionTotal
    {
        public string? Counterparty { get; init; }
        public string? Project { get; init; }
        public long OpeningFen { get; init; }
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
    }

    public sealed class DatedLine
    {
        public long BookId { get; init; }
        public string Code { get; init; } = "";
        public string? Counterparty { get; init; }
        public string Date { get; init; } = "";
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
    }

    public sealed class StatementLine
    {
        public long VoucherId { get; init; }
        public string Date { get; init; } = "";
        public long Month { get; init; }
        public string Word { get; init; } = Vouchers.VoucherNumber.ClassPrefix;
        public long WordNumber { get; init; }
        public string Summary { get; init; } = "";
        public string Code { get; init; } = "";
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
    }

    public sealed class ProjectTotal
    {
        public string LevelOne { get; init; } = "";
        public string Project { get; init; } = "";
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
    }

    public sealed class ProjectLine
    {
        public long AccountId { get; init; }
        public string Project { get; init; } = "";
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
    }

    /// <summary>
    /// Per counterparty and project of the accounts whose codes start with <paramref name="prefix"/>, the posted
    /// movement before the first month (debit less credit) and the posted debits and credits from it to the last.
    /// </summary>
    public static IReadOnlyList<DimensionTotal> Totals(DbTransaction tx, long bookId, string prefix, int firstMonth, int lastMonth) =>
        tx.Connection!.Query<DimensionTotal>(
            """
            SELECT l.counterparty, l.project,
                   sum(CASE WHEN v.month < @firstMonth THEN l.debit_fen - l.credit_fen ELSE 0 END) AS OpeningFen,
                   sum(CASE WHEN v.month >= @firstMonth THEN l.debit_fen ELSE 0 END) AS DebitFen,
                   sum(CASE WHEN v.month >= @firstMonth THEN l.credit_fen ELSE 0 END) AS CreditFen
            FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id JOIN account a ON a.id = l.account_id
            WHERE v.book_id = @bookId AND v.is_posted AND v.month <= @lastMonth
              AND substr(a.code, 1, length(@prefix)) = @prefix
            GROUP BY l.counterparty, l.project
            """, new { bookId, prefix, firstMonth, lastMonth }, tx).AsList();

    /// <summary>The posted lines of the accounts under <paramref name="prefix"/> dated up to a day, in date order.</summary>
    public static IReadOnlyList<DatedLine> LinesUpTo(DbTransaction tx, long bookId, string prefix, string upTo) =>
        tx.Connection!.Query<DatedLine>(
            """
            SELECT v.book_id AS BookId, a.code, l.counterparty, v.date, l.debit_fen AS DebitFen, l.credit_fen AS CreditFen
            FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id JOIN account a ON a.id = l.account_id
            WHERE v.book_id = @bookId AND v.is_posted AND v.date <= @upTo
              AND substr(a.code, 1, length(@prefix)) = @prefix
            ORDER BY v.date, v.month, v.number, l.line_no
            """, new { bookId, prefix, upTo }, tx).AsList();

    /// <summary>The posted lines of 112 应收款 and 113 内部往来 in every book dated up to a day, in date order per book.</summary>
    public static IReadOnlyList<DatedLine> ReceivableLinesUpTo(DbTransaction tx, string upTo) =>
        tx.Connection!.Query<DatedLine>(
            """
            -- From the few receivable accounts to their lines (CROSS JOIN fixes the order), not from every voucher.
            SELECT v.book_id AS BookId, a.code, l.counterparty, v.date, l.debit_fen AS DebitFen, l.credit_fen AS CreditFen
            FROM account a CROSS JOIN voucher_line l CROSS JOIN voucher v
            WHERE l.account_id = a.id AND v.id = l.voucher_id AND v.is_posted AND v.date <= @upTo
              AND (substr(a.code, 1, 3) = @receivables OR substr(a.code, 1, 3) = @internalCode)
            ORDER BY v.book_id, v.date, v.month, v.number, l.line_no
            """, new { upTo, receivables = ChartCodes.Receivables, internalCode = ChartCodes.Internal }, tx).AsList();

    /// <summary>
    /// The posted lines with one counterparty of the accounts under <paramref name="prefix"/>, up to the last month,
    /// in book order: those before the period make the opening, the others are the statement's movements.
    /// </summary>
    public static IReadOnlyList<StatementLine> CounterpartyLines(DbTransaction tx, long bookId, string prefix, string counterparty, int lastMonth) =>
        tx.Connection!.Query<StatementLine>(
            """
            SELECT v.id AS VoucherId, v.date, v.month, v.word, v.word_number AS WordNumber, v.summary, a.code, l.debit_fen AS DebitFen, l.credit_fen AS CreditFen
            FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id JOIN account a ON a.id = l.account_id
            WHERE v.book_id = @bookId AND v.is_posted AND v.month <= @lastMonth AND l.counterparty = @counterparty
              AND substr(a.code, 1, length(@prefix)) = @prefix
            ORDER BY v.date, v.month, v.number, l.line_no
            """, new { bookId, prefix, counterparty, lastMonth }, tx).AsList();

    /// <summary>
    /// Per project of 241 专项应付款 and 231 一事一议资金 in a book, what its posted and approved vouchers debited and
    /// credited, in every year: a project's money is received and spent across years.
    /// </summary>
    public static IReadOnlyList<ProjectTotal> CommittedProjects(DbTransaction tx, long bookId) =>
        tx.Connection!.Query<ProjectTotal>(
            """
            SELECT substr(a.code, 1, 3) AS LevelOne, l.project, sum(l.debit_fen) AS DebitFen, sum(l.credit_fen) AS CreditFen
            FROM account a JOIN voucher_line l ON l.account_id = a.id JOIN voucher v ON v.id = l.voucher_id
            WHERE a.book_id = @bookId AND (substr(a.code, 1, 3) = @special OR substr(a.code, 1, 3) = @villageFunds)
              AND l.project IS NOT NULL AND (v.is_posted OR v.is_cleared)
            GROUP BY substr(a.code, 1, 3), l.project
            """, new { bookId, special = ChartCodes.SpecialFunds, villageFunds = ChartCodes.VillageProjectFunds }, tx).AsList();

    /// <summary>The lines of one voucher that name a project.</summary>
    public static IReadOnlyList<ProjectLine> ProjectLines(DbTransaction tx, long voucherId) =>
        tx.Connection!.Query<ProjectLine>(
            """
            SELECT l.account_id AS AccountId, l.project, l.debit_fen AS DebitFen, l.credit_fen AS CreditFen
            FROM voucher_line l
            WHERE l.voucher_id = @voucherId AND l.project IS NOT NULL
            ORDER BY l.line_no
            """, new { voucherId }, tx).AsList();
}
