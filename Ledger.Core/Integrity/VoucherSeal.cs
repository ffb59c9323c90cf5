using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ledger.Core.Storage;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Integrity;

/// <summary>
/// The canonical content of a posted voucher and its link in the book's hash chain: SHA-256 over the previous
/// hash and the voucher's book, kind, number, date, summary, reference, poster, lines and approvals.
/// </summary>
internal static class VoucherSeal
{
    /// <summary>How many seals one insert statement carries.</summary>
    private const int SealsPerStatementMax = 4096;

    /// <summary>The hash before a book's first posted voucher.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Hash(string previousHash, IReadOnlyList<SealStore.ContentLine> lines, IEnumerable<string> approvals)
    {
        var head = lines[0];
        var text = new StringBuilder();
        // A 记 voucher's number is its posting sequence, as every seal before voucher words read it; another word adds
        // itself and its own number, so that those seals stay as they were and the new ones cover the word.
        var number = head.Word == VoucherNumber.ClassPrefix ? $"{head.Number}" : $"{head.Number}:{head.Word}-{head.WordNumber}";
        text.Append(CultureInfo.InvariantCulture, $"{previousHash}\n{head.BookId}|{head.Kind.Key()}|{head.Month}|{number}|{head.Date}|{head.Summary}|{head.SourceRef}|{head.ReversalOf}|{head.PostedBy}\n");
        foreach (var line in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"{line.LineNo}|{line.Code}|{line.DebitFen}|{line.CreditFen}|{line.Counterparty}|{line.Project}\n");
        }
        text.Append(string.Join(",", approvals));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Seals one voucher the engine just posted (a reversal, an opening, a closing).</summary>
    public static void SealPosted(UnitOfWork tx, IReadOnlyCollection<long> voucherIds) =>
        Seal(tx, Consecutive(SealStore.Content(tx, voucherIds)), SealStore.Approvals(tx, voucherIds));

    /// <summary>
    /// Seals what a posting run just posted in the month, from the content it read to post (in posting order, book by
    /// book), numbered and signed by its poster: reading the month's content back a second time cost the run as
    /// much as posting it, and <c>verify</c> recomputes every hash from the store.
    /// </summary>
    public static void SealPostedMonth(UnitOfWork tx, Periods.Month month,
        IReadOnlyList<(IReadOnlyList<VoucherStore.PostingLine> Lines, VoucherNumber Number)> posted, long postedBy) =>
        Seal(tx, posted.Select(p => p.Lines.Select(l => new SealStore.ContentLine
        {
            VoucherId = l.VoucherId, BookId = l.BookId, Kind = l.Kind, Month = month.Key, Number = p.Number.Sequence, Word = p.Number.Word.Text(), WordNumber = p.Number.WordSequence, Date = l.Date,
            Summary = l.Summary, SourceRef = l.SourceRef, ReversalOf = l.ReversalOf, PostedBy = postedBy, LineNo = l.LineNo,
            Code = l.Code, DebitFen = l.DebitFen, CreditFen = l.CreditFen, Counterparty = l.Counterparty, Project = l.Project,
        }).ToList()), SealStore.Approvals(tx, posted.Select(p => p.Lines[0].VoucherId).ToList()));

    /// <summary>Lines ordered by voucher, as one list per voucher, read as they come.</summary>
    public static IEnumerable<List<SealStore.ContentLine>> Consecutive(IEnumerable<SealStore.ContentLine> lines) => ByVoucher(lines, l => l.VoucherId);

    /// <summary>Rows ordered by voucher, as one list per voucher, read as they come, whatever the shape of a row.</summary>
    public static IEnumerable<List<T>> ByVoucher<T>(IEnumerable<T> rows, Func<T, long> voucherOf)
    {
        var current = new List<T>();
        foreach (var row in rows)
        {
            if (current.Count > 0 && voucherOf(current[0]) != voucherOf(row))
            {
                yield return current;
                current = [];
            }
            current.Add(row);
        }
        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static void Seal(UnitOfWork tx, IEnumerable<List<SealStore.ContentLine>> vouchers, ILookup<long, string> approvals)
    {
        var heads = new Dictionary<long, (long Seq, string Hash)>();
        var seals = new List<SealStore.Seal>();
        // Vouchers are given as lists already read (a posting run's month, or the few the engine posts at once), so
        // the seals can be written as they are made, a bounded batch at a time: a month of a large township is tens of
        // thousands of seals, and holding them all as one statement's text cost more memory than the month itself.
        foreach (var lines in vouchers)
        {
            var bookId = lines[0].BookId;
            if (!heads.TryGetValue(bookId, out var head))
            {
                head = SealStore.Head(tx, bookId) ?? (0L, Genesis);
            }
            var (seq, previous) = head;
            var hash = Hash(previous, lines, approvals[lines[0].VoucherId]);
            seals.Add(new SealStore.Seal { VoucherId = lines[0].VoucherId, BookId = bookId, Seq = seq + 1, PrevHash = previous, Hash = hash });
            heads[bookId] = (seq + 1, hash);
            if (seals.Count == SealsPerStatementMax)
            {
                SealStore.Insert(tx, seals);
                seals.Clear();
            }
        }
        if (seals.Count > 0)
        {
            SealStore.Insert(tx, seals);
        }
    }
}
