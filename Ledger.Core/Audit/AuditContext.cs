using Ledger.Core.Approval;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;

namespace Ledger.Core.Audit;

/// <summary>What every audit rule reads, loaded once for the period.</summary>
internal sealed class AuditContext
{
    private readonly VillageCode? _village;

    public AuditContext(UnitOfWork tx, Period period, VillageCode? village)
    {
        Transaction = tx;
        Period = period;
        _village = village;
        Books = VillageStore.ListBooks(tx).ToDictionary(b => b.Id, b => b.Ref);
        Villages = VillageStore.List(tx).Where(v => village is null || v.Code == village.Value.Value).ToList();
        var document = PolicyStore.Current(tx);
        Invariant.That(document is not null, "The store has no approval policy.");
        Policy = ApprovalPolicy.Parse(document!).Value;
        ApprovedRoles = AuditStore.ApprovedRoles(tx, period.First.Key, period.Last.Key);
        Vouchers = AuditStore.PostedLines(tx, period.First.Key, period.Last.Key, village?.Value)
            .GroupBy(l => l.VoucherId)
            .Select(g => new PostedVoucher(g.ToList()))
            .ToList();
    }

    public UnitOfWork Transaction { get; }

    public Period Period { get; }

    public Dictionary<long, BookRef> Books { get; }

    /// <summary>The villages in scope: the one asked for, or all.</summary>
    public IReadOnlyList<VillageStore.VillageRow> Villages { get; }

    public ApprovalPolicy Policy { get; }

    public ILookup<long, string> ApprovedRoles { get; }

    public IReadOnlyList<PostedVoucher> Vouchers { get; }

    public bool InScope(BookRef book) => _village is null || book.Village == _village;

    /// <summary>A posted voucher with its lines, as the rules look at it.</summary>
    public sealed class PostedVoucher(IReadOnlyList<AuditStore.Line> lines)
    {
        public IReadOnlyList<AuditStore.Line> Lines { get; } = lines;

        public long Id => Lines[0].VoucherId;

        public long BookId => Lines[0].BookId;

        public DateOnly Date => StoredTime.ParseDate(Lines[0].Date);

        public int AttachmentCount => (int)Lines[0].AttachmentCount;

        public string? ResolutionRef => Lines[0].ResolutionRef;

        public DateTimeOffset PreparedUtc => DateTimeOffset.Parse(Lines[0].PreparedUtc, System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>How messages name the voucher: its id and official number.</summary>
        public string Label => $"{Id}（{Periods.Month.FromKey((int)Lines[0].Month)} {Ledger.Core.Vouchers.VoucherNumber.Shown(Lines[0].Word, Lines[0].WordNumber ?? 0)}）";

        /// <summary>What the voucher pays to others from cash and bank, as the approval tiers read it.</summary>
        public Money Payment => Approval.Payment.Of(Lines.Select(l => (l.Code, l.DebitFen, l.CreditFen)));

        /// <summary>Who is paid: the counterparty of a debit line, else the summary.</summary>
        public string Payee => Lines.FirstOrDefault(l => l.DebitFen > 0 && l.Counterparty is not null)?.Counterparty ?? Lines[0].Summary;
    }
}
