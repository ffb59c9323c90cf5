namespace Ledger.Core.Import;

/// <summary>What an import did, or with --dry-run would do.</summary>
/// <param name="Kind">vouchers, accounts, opening or budget.</param>
/// <param name="Books">Per book: vouchers taken (for a register, zero) and lines (vouchers' lines, accounts, balances, budget lines).</param>
/// <param name="AlreadyImported">Set when this file was imported before; then nothing was imported now.</param>
/// <param name="Warnings">What the clerk should know of a file that imports, e.g. debits and credits that fit the 2004 chart.</param>
public sealed record ImportReport(string Kind, string FileName, string Sha256, bool DryRun, IReadOnlyList<ImportedBook> Books, PreviousImport? AlreadyImported, IReadOnlyList<Text> Warnings)
{
    public int Vouchers => Books.Sum(b => b.Vouchers);

    public int Lines => Books.Sum(b => b.Lines);
}
