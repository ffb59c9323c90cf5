namespace Ledger.Cli.Rendering;

/// <summary>How a listing or report is written.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,

    /// <summary>A self-contained HTML page, for --out FILE.html.</summary>
    Html,
}
