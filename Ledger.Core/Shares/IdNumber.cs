namespace Ledger.Core.Shares;

/// <summary>A resident ID number as reports and boards show it: the region and the last four digits only.</summary>
public static class IdNumber
{
    private const int ShownAtStart = 4;
    private const int ShownAtEnd = 4;

    /// <summary>330421199001011234 → 3304**********1234; a number too short to keep both ends shows its last four only.</summary>
    public static string Mask(string idNumber)
    {
        var id = idNumber.Trim();
        if (id.Length > ShownAtStart + ShownAtEnd)
        {
            return string.Concat(id.AsSpan(0, ShownAtStart), new string('*', id.Length - ShownAtStart - ShownAtEnd), id.AsSpan(id.Length - ShownAtEnd));
        }
        return id.Length > ShownAtEnd ? string.Concat(new string('*', id.Length - ShownAtEnd), id.AsSpan(id.Length - ShownAtEnd)) : new string('*', id.Length);
    }
}
