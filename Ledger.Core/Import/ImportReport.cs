namespace Ledger.Core.Import;

/// <summary>What an import did, or with --dry-run would do.</summary>
/// <param name="AlreadyImported">Set when this file was imported before; then nothing was imported now.</param>
public sealed record ImportReport(string FileName, string Sha256, bool DryRun, IReadOnlyList<ImportedBook> Books, PreviousImport? AlreadyImported)
{
    public int Vouchers => Books.Sum(b => b.Vouchers);

    public int Lines => Books.Sum(b => b.Lines);
}
