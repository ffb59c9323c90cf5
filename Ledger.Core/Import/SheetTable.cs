namespace Ledger.Core.Import;

/// <summary>
/// Reads a small register sheet (sub-accounts, opening balances, budgets): finds its header by name, hands each
/// non-blank row to a parser, and collects every problem by row and column.
/// </summary>
internal static class SheetTable
{
    /// <returns>The parsed rows, or the refusals naming every problem of the file.</returns>
    public static Result<List<T>> Read<T>(string file, Stream content, IReadOnlyCollection<ImportField> required, Func<SheetRow, HeaderMap, List<ImportProblem>, T?> parse)
        where T : class
    {
        var problems = new List<ImportProblem>();
        var rows = new List<T>();
        try
        {
            using var sheet = Sheets.Open(file, content);
            var header = HeaderMap.Find(sheet, required);
            if (header is null)
            {
                var names = string.Join("、", required.Select(HeaderMap.StandardName));
                return Refusal.Of("import.header", $"{file}: 表头: 找不到表头行：需要 {names} 各列", $"{file}: header: no header row found: the columns {names} are required");
            }
            while (sheet.Next(out var row))
            {
                if (!row.IsBlank && parse(row, header, problems) is { } parsed)
                {
                    rows.Add(parsed);
                }
            }
        }
        catch (UnreadableFileException e)
        {
            return Refusal.Of("import.unreadable", $"{file}: {e.Reason.Zh}", $"{file}: {e.Reason.En}");
        }
        return problems.Count > 0
            ? Result<List<T>>.Refused(problems.OrderBy(p => p.Row).Take(ImportDesk.ProblemsListedMax).Select(p => p.ToRefusal(file)).ToList())
            : Result<List<T>>.Ok(rows);
    }

    /// <summary>Adds a problem at the row and the column as the file names it.</summary>
    public static void Problem(this List<ImportProblem> problems, SheetRow row, HeaderMap header, ImportField field, Text message) =>
        problems.Add(new ImportProblem(row.Number, header.Label(field), message));
}
