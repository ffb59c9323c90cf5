namespace Ledger.Cli.Rendering;

/// <summary>How a listing or report is written.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,

    /// <summary>A self-contained HTML page, for --out FILE.html.</summary>
    Html,

    /// <summary>An .xlsx workbook for --out FILE.xlsx; listings are laid out as for CSV, then written as cells.</summary>
    Xlsx,
}
