using Ledger.Core.Books;

namespace Ledger.Core.Vouchers;

/// <summary>A voucher as the store holds it. Built only from balanced lines: the constructor checks again.</summary>
public sealed class Voucher
{
    /// <exception cref="VoucherNotBalancedException">When the lines do not balance or are fewer than two.</exception>
    public Voucher(
        VoucherId id,
        BookRef book,
        DateOnly date,
        string summary,
        VoucherStatus status,
        VoucherKind kind,
        IReadOnlyList<VoucherLine> lines,
        VoucherNumber? number,
        string? sourceRef,
        int attachmentCount,
        string preparedBy,
        VoucherId? reversalOf)
    {
        var debits = Money.Sum(lines.Select(l => l.Debit));
        var credits = Money.Sum(lines.Select(l => l.Credit));
        if (debits != credits || lines.Count < 2)
        {
            throw new VoucherNotBalancedException(id.ToString(), debits, credits);
        }
        Invariant.That(number is null == status is not (VoucherStatus.Posted or VoucherStatus.Reversed),
            $"Voucher {id} is {status} but its number is {(number is null ? "missing" : "present")}.");
        Invariant.That(kind == VoucherKind.Reversal == reversalOf.HasValue,
            $"Voucher {id} is a {kind} voucher but reversal_of is {(reversalOf.HasValue ? "set" : "missing")}.");
        (Id, Book, Date, Summary, Status, Kind, Lines) = (id, book, date, summary, status, kind, lines);
        (Number, SourceRef, AttachmentCount, PreparedBy, ReversalOf) = (number, sourceRef, attachmentCount, preparedBy, reversalOf);
        Total = debits;
    }

    public VoucherId Id { get; }

    public BookRef Book { get; }

    public DateOnly Date { get; }

    public string Summary { get; }

    public VoucherStatus Status { get; }

    public VoucherKind Kind { get; }

    public IReadOnlyList<VoucherLine> Lines { get; }

    public VoucherNumber? Number { get; }

    public string? SourceRef { get; }

    public int AttachmentCount { get; }

    public string PreparedBy { get; }

    public VoucherId? ReversalOf { get; }

    /// <summary>The voucher's total debits (negative for a red-ink reversal).</summary>
    public Money Total { get; }
}
