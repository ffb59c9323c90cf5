using System.Text.RegularExpressions;
using CsvHelper;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ledger.Cli.Rendering;

/// <summary>
/// Writes a listing, laid out as CSV, into an .xlsx workbook: amounts (two decimal places) become numbers, the rest
/// inline strings; nothing is ever a formula, and text that looked like one was already escaped by the CSV writer.
/// </summary>
internal static partial class XlsxListing
{
    public static void Write(string path, string csv)
    {
        XlsxWorkbook.Write(path, "vledger", Rows(csv));
    }

    private static IEnumerable<IEnumerable<Cell>> Rows(string csv)
    {
        using var reader = CsvReader.FromText(csv, new CsvReaderOptions { Separator = ',', HasHeader = false });
        while (reader.Read())
        {
            var cells = new Cell[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                var text = reader.GetString(i);
                cells[i] = Amount().IsMatch(text) ? XlsxWorkbook.Amount(text) : XlsxWorkbook.Text(text);
            }
            yield return cells;
        }
    }

    [GeneratedRegex(@"^-?\d+\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
