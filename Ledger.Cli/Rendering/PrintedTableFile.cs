using System.Text;
using Ledger.Core.Print;

namespace Ledger.Cli.Rendering;

/// <summary>Writes a <see cref="PrintedTable"/> to the file --out names: .html (or .htm) as a page, .xlsx as a workbook.</summary>
internal static class PrintedTableFile
{
    /// <summary>True when --out names a file that takes the printed layout rather than a listing.</summary>
    public static bool Takes(string? file) => Path.GetExtension(file ?? "").ToLowerInvariant() is ".html" or ".htm" or ".xlsx";

    public static void Write(string path, PrintedTable table)
    {
        if (Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            PrintedTableXlsx.Write(path, table);
            return;
        }
        File.WriteAllText(path, PrintedTableHtml.Render(table), new UTF8Encoding(false));
    }
}
