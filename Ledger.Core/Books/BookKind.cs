namespace Ledger.Core.Books;

/// <summary>Which of a village's two books (两本账).</summary>
public enum BookKind
{
    /// <summary>村民委员会: the self-governance organization's book (fiscal transfers, public services).</summary>
    Committee,

    /// <summary>股份经济合作社: the collective economic organization's book (rents, contracting, dividends).</summary>
    Collective,
}
