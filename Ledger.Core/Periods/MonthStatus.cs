namespace Ledger.Core.Periods;

/// <summary>Whether a month of a book is closed (已结账), and if so by whom and when.</summary>
public sealed record MonthStatus(Month Month, string? ClosedBy, DateTimeOffset? ClosedUtc)
{
    public bool IsClosed => ClosedBy is not null;
}
