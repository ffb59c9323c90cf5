using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ledger.Core.Storage;

namespace Ledger.Core.Integrity;

/// <summary>
/// The canonical content of a posted voucher and its link in the book's hash chain: SHA-256 over the previous
/// hash and the voucher's book, kind, number, date, summary, reference, poster, lines and approvals.
/// </summary>
internal static class VoucherSeal
{
    /// <summary>The hash before a book's first posted voucher.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Hash(string previousHash, IReadOnlyList<SealStore.ContentLine> lines, IEnumerable<string> approvals)
    {
        var head = lines[0];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{previousHash}\n{head.BookId}|{head.Kind}|{head.Month}|{head.Number}|{head.Date}|{head.Summary}|{head.SourceRef}|{head.ReversalOf}|{head.PostedBy}\n");
        foreach (var line in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"{line.LineNo}|{line.Code}|{line.DebitFen}|{line.CreditFen}|{line.Counterparty}|{line.Project}\n");
        }
        text.Append(string.Join(",", approvals));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Seals one voucher the engine just posted (a reversal, an opening, a closing).</summary>
    public static void SealPosted(Microsoft.Data.Sqlite.SqliteTransaction tx, IReadOnlyCollection<long> voucherIds) =>
        Seal(tx, SealStore.Content(tx, voucherIds).GroupBy(l => l.VoucherId).ToList(), SealStore.Approvals(tx, voucherIds));

    /// <summary>Seals everything a posting run just posted in the month, with two queries rather than two per voucher.</summary>
    public static void SealPostedMonth(Microsoft.Data.Sqlite.SqliteTransaction tx, Periods.Month month) =>
        Seal(tx, SealStore.UnsealedOfMonth(tx, month.Key).GroupBy(l => l.VoucherId).ToList(), SealStore.UnsealedApprovalsOfMonth(tx, month.Key));

    private static void Seal(Microsoft.Data.Sqlite.SqliteTransaction tx, List<IGrouping<long, SealStore.ContentLine>> unsealed, ILookup<long, string> approvals)
    {
        if (unsealed.Count == 0)
        {
            return;
        }
        var heads = SealStore.Heads(tx);
        var seals = new List<SealStore.Seal>(unsealed.Count);
        foreach (var voucher in unsealed)
        {
            var lines = voucher.ToList();
            var bookId = lines[0].BookId;
            var (seq, previous) = heads.TryGetValue(bookId, out var head) ? head : (0L, Genesis);
            var hash = Hash(previous, lines, approvals[voucher.Key]);
            seals.Add(new SealStore.Seal { VoucherId = voucher.Key, BookId = bookId, Seq = seq + 1, PrevHash = previous, Hash = hash });
            heads[bookId] = (seq + 1, hash);
        }
        SealStore.Insert(tx, seals);
    }
}
