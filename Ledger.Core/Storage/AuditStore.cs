using System.Data.Common;
using Dapper;
using Ledger.Core.Accounts;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>What the audit rules read: the period's posted vouchers and lines, approvals, and open balances.</summary>
internal static class AuditStore
{
    public sealed class Line
    {
        public long VoucherId { get; init; }
        public long BookId { get; init; }
        public string Date { get; init; } = "";
        public long Month { get; init; }
        public long? Number { get; init; }
        public string? Word { get; init; }
        public long? WordNumber { get; init; }
        public string Summary { get; init; } = "";
        public long AttachmentCount { get; init; }
        public string? ResolutionRef { get; init; }
        public string PreparedUtc { get; init; } = "";
        public string Code { get; init; } = "";
        public string AccountName { get; init; } = "";
        public string Class { get; init; } = "";
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
        public string? Counterparty { get; init; }
        public string? Project { get; init; }
    }

    public sealed class OpenBalance
    {
        public long BookId { get; init; }
        public string Code { get; init; } = "";
        public string? Counterparty { get; init; }
        public long NetFen { get; init; }
        public string LastDate { get; init; } = "";
    }

    /// <summary>Lines of the normal vouchers posted in the months (reversed ones too), of one village or all.</summary>
    public static IReadOnlyList<Line> PostedLines(DbTransaction tx, int firstMonth, int lastMonth, string? village) =>
        tx.Connection!.Query<Line>(
            """
            SELECT v.id AS VoucherId, v.book_id AS BookId, v.date, v.month, v.number, v.word, v.word_number AS WordNumber, v.summary, v.attachment_count AS AttachmentCount,
                   v.resolution_ref AS ResolutionRef, v.prepared_utc AS PreparedUtc, a.code, a.name AS AccountName, a.class,
                   l.debit_fen AS DebitFen, l.credit_fen AS CreditFen, l.counterparty, l.project
            FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id JOIN account a ON a.id = l.account_id
            JOIN book b ON b.id = v.book_id JOIN village vi ON vi.id = b.village_id
            WHERE v.kind = 'normal' AND v.is_posted
              AND v.month BETWEEN @firstMonth AND @lastMonth AND (@village IS NULL OR vi.code = @village)
            ORDER BY v.book_id, v.date, v.id, l.line_no
            """, new { firstMonth, lastMonth, village }, tx).AsList();

    /// <summary>Per voucher, the roles that approved it.</summary>
    public static ILookup<long, string> ApprovedRoles(DbTransaction tx, int firstMonth, int lastMonth) =>
        tx.Connection!.Query<(long VoucherId, string Role)>(
            """
            SELECT e.voucher_id, e.role FROM voucher_event e JOIN voucher v ON v.id = e.voucher_id
            WHERE e.action = 'approved' AND v.month BETWEEN @firstMonth AND @lastMonth
            """, new { firstMonth, lastMonth }, tx).ToLookup(r => r.VoucherId, r => r.Role);

    /// <summary>Posted numbers per book and month (the posting sequence, and each word's own), to find gaps and repeats.</summary>
    public static IReadOnlyList<(long BookId, long Month, long Number, string Word, long WordNumber)> Numbers(DbTransaction tx, int firstMonth, int lastMonth) =>
        tx.Connection!.Query<(long, long, long, string, long)>(
            """
            SELECT book_id, month, number, word, word_number FROM voucher_posting
            WHERE month BETWEEN @firstMonth AND @lastMonth ORDER BY book_id, month, number
            """, new { firstMonth, lastMonth }, tx).AsList();

    /// <summary>Balances by account and counterparty of 112, 113 and 211 up to a date, with the last day they moved.</summary>
    // The balances below start from the few accounts they are about and reach their lines by the account's index
    // (CROSS JOIN fixes that order): left to itself SQLite walked every posted voucher of the township to find them.
    // The join conditions stand in WHERE, not in ON: PostgreSQL takes no ON after CROSS JOIN, and plans the same text
    // as inner joins in the order its statistics choose.
    public static IReadOnlyList<OpenBalance> OpenBalances(DbTransaction tx, string upTo) =>
        tx.Connection!.Query<OpenBalance>(
            """
            SELECT v.book_id AS BookId, a.code, l.counterparty, sum(l.debit_fen - l.credit_fen) AS NetFen, max(v.date) AS LastDate
            FROM account a CROSS JOIN voucher_line l CROSS JOIN voucher v
            WHERE l.account_id = a.id AND v.id = l.voucher_id AND v.is_posted AND v.date <= @upTo
              AND (substr(a.code, 1, 3) = @receivables OR substr(a.code, 1, 3) = @internalCode OR substr(a.code, 1, 3) = @payables)
            GROUP BY v.book_id, a.code, l.counterparty
            HAVING sum(l.debit_fen - l.credit_fen) <> 0
            """, new { upTo, receivables = ChartCodes.Receivables, internalCode = ChartCodes.Internal, payables = ChartCodes.Payables }, tx).AsList();

    public sealed class ProjectBalance
    {
        public long BookId { get; init; }
        public string Code { get; init; } = "";
        public string AccountName { get; init; } = "";
        public long Level { get; init; }
        public string? Project { get; init; }
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
    }

    /// <summary>
    /// What each project of 241 专项应付款 has received (credits) and paid out (debits) up to a date, by book,
    /// sub-account and project; openings and reversals count, as they do in the balance.
    /// </summary>
    public static IReadOnlyList<ProjectBalance> EarmarkedProjects(DbTransaction tx, string upTo) =>
        tx.Connection!.Query<ProjectBalance>(
            """
            SELECT v.book_id AS BookId, a.code, a.name AS AccountName, a.level, l.project,
                   sum(l.debit_fen) AS DebitFen, sum(l.credit_fen) AS CreditFen
            FROM account a CROSS JOIN voucher_line l CROSS JOIN voucher v
            WHERE l.account_id = a.id AND v.id = l.voucher_id AND v.is_posted AND v.date <= @upTo AND substr(a.code, 1, 3) = @specialFunds
            GROUP BY v.book_id, a.code, a.name, a.level, l.project
            """, new { upTo, specialFunds = ChartCodes.SpecialFunds }, tx).AsList();

    public sealed class InternalBalance
    {
        public long BookId { get; init; }
        public string Code { get; init; } = "";
        public string? Name { get; init; }
        public long NetFen { get; init; }
    }

    /// <summary>
    /// 113 内部往来 balances (debit minus credit) up to a date, by book and by whom they are with: the line's
    /// counterparty, else the sub-account's name; null on a level-1 113 line with no counterparty.
    /// </summary>
    public static IReadOnlyList<InternalBalance> InternalBalances(DbTransaction tx, string upTo) =>
        tx.Connection!.Query<InternalBalance>(
            """
            SELECT v.book_id AS BookId, a.code, coalesce(l.counterparty, CASE WHEN a.level > 1 THEN a.name END) AS Name,
                   sum(l.debit_fen - l.credit_fen) AS NetFen
            FROM account a CROSS JOIN voucher_line l CROSS JOIN voucher v
            WHERE l.account_id = a.id AND v.id = l.voucher_id AND v.is_posted AND v.date <= @upTo AND substr(a.code, 1, 3) = @internalCode
            GROUP BY v.book_id, a.code, coalesce(l.counterparty, CASE WHEN a.level > 1 THEN a.name END)
            HAVING sum(l.debit_fen - l.credit_fen) <> 0
            """, new { upTo, internalCode = ChartCodes.Internal }, tx).AsList();

    public sealed class InternalLeg
    {
        public long BookId { get; init; }
        public long Month { get; init; }
        public string? Name { get; init; }
        public long NetFen { get; init; }
    }

    /// <summary>113 内部往来 movements (debit minus credit) per book, month and whom they are with, in the months given.</summary>
    /// <param name="bookIds">The books whose legs are read; null for every book (a close reads one village's two).</param>
    public static IReadOnlyList<InternalLeg> InternalLegs(DbTransaction tx, int firstMonth, int lastMonth, IReadOnlyCollection<long>? bookIds = null) =>
        tx.Connection!.Query<InternalLeg>(
            """
            SELECT v.book_id AS BookId, v.month, coalesce(l.counterparty, CASE WHEN a.level > 1 THEN a.name END) AS Name,
                   sum(l.debit_fen - l.credit_fen) AS NetFen
            FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id JOIN account a ON a.id = l.account_id
            WHERE v.is_posted AND v.month BETWEEN @firstMonth AND @lastMonth AND substr(a.code, 1, 3) = @internalCode
              AND (@books IS NULL OR v.book_id IN (SELECT value FROM json_each(@books)))
            GROUP BY v.book_id, v.month, coalesce(l.counterparty, CASE WHEN a.level > 1 THEN a.name END)
            """, new { firstMonth, lastMonth, internalCode = ChartCodes.Internal, books = bookIds is null ? null : JsonRows.Of(bookIds) }, tx).AsList();
}
