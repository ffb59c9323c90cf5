using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>What the printed vouchers and their covers are read from: the vouchers of a book's months with their lines and signers.</summary>
internal static class PrintStore
{
    public sealed class VoucherRow
    {
        public long Id { get; init; }
        public string Date { get; init; } = "";
        public long Month { get; init; }
        public long? Number { get; init; }
        public string? Word { get; init; }
        public long? WordNumber { get; init; }
        public string Summary { get; init; } = "";
        public long AttachmentCount { get; init; }
        public string Kind { get; init; } = "";
        public long? ReversedNumber { get; init; }
        public string? ReversedWord { get; init; }
        public long? ReversedMonth { get; init; }
        public string PreparedBy { get; init; } = "";
        public string? PostedBy { get; init; }
    }

    public sealed class LineRow
    {
        public long VoucherId { get; init; }
        public long AccountId { get; init; }
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
        public string? Counterparty { get; init; }
        public string? Project { get; init; }
    }

    public sealed class ApproverRow
    {
        public long VoucherId { get; init; }
        public string UserName { get; init; } = "";
    }

    // Posted vouchers in number order, as they are bound; approved ones, when asked for, follow in date order, unnumbered.
    private const string VouchersSql = """
        SELECT v.id, v.date, v.month, v.number, v.word, v.word_number AS WordNumber, v.summary, v.attachment_count AS AttachmentCount, v.kind,
               r.word_number AS ReversedNumber, r.word AS ReversedWord, r.month AS ReversedMonth, u.name AS PreparedBy, p.name AS PostedBy
        FROM voucher v
        JOIN app_user u ON u.id = v.prepared_by
        LEFT JOIN app_user p ON p.id = v.posted_by
        LEFT JOIN voucher r ON r.id = v.reversal_of
        WHERE v.book_id = @bookId AND v.month BETWEEN @firstMonth AND @lastMonth
          AND (v.is_posted OR (@withApproved AND v.status = 'approved'))
        ORDER BY v.month, v.is_posted DESC, v.number, v.date, v.id
        """;

    /// <summary>The book's posted vouchers of the months (and its approved ones when <paramref name="withApproved"/>), in binding order.</summary>
    public static IReadOnlyList<VoucherRow> Vouchers(DbTransaction tx, long bookId, int firstMonth, int lastMonth, bool withApproved) =>
        tx.Connection!.Query<VoucherRow>(VouchersSql, new { bookId, firstMonth, lastMonth, withApproved }, tx).AsList();

    private const string LinesSql = """
        SELECT l.voucher_id AS VoucherId, l.account_id AS AccountId, l.debit_fen AS DebitFen, l.credit_fen AS CreditFen,
               l.counterparty, l.project
        FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id
        WHERE v.book_id = @bookId AND v.month BETWEEN @firstMonth AND @lastMonth
          AND (v.is_posted OR (@withApproved AND v.status = 'approved'))
        ORDER BY l.voucher_id, l.line_no
        """;

    /// <summary>The lines of the same vouchers as <see cref="Vouchers"/>, by voucher and line number.</summary>
    public static IReadOnlyList<LineRow> Lines(DbTransaction tx, long bookId, int firstMonth, int lastMonth, bool withApproved) =>
        tx.Connection!.Query<LineRow>(LinesSql, new { bookId, firstMonth, lastMonth, withApproved }, tx).AsList();

    private const string ApproversSql = """
        SELECT a.voucher_id AS VoucherId, u.name AS UserName
        FROM voucher v JOIN voucher_approval a ON a.voucher_id = v.id JOIN app_user u ON u.id = a.user_id
        WHERE v.book_id = @bookId AND v.month BETWEEN @firstMonth AND @lastMonth
        ORDER BY a.voucher_id, a.at_utc, u.name
        """;

    /// <summary>Who approved each voucher of the months, in the order they approved.</summary>
    public static IReadOnlyList<ApproverRow> Approvers(DbTransaction tx, long bookId, int firstMonth, int lastMonth) =>
        tx.Connection!.Query<ApproverRow>(ApproversSql, new { bookId, firstMonth, lastMonth }, tx).AsList();
}
