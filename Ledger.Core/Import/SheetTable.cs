namespace Ledger.Core.Import;

/// <summary>
/// Reads a small register sheet (sub-accounts, opening balances, budgets, members, contracts): finds its header by
/// name, skips blank rows, sign-off footers and totals rows, checks each totals row's sums against the rows above it,
/// hands each other row to a parser, and collects every problem by row and column.
/// </summary>
internal static class SheetTable
{
    /// <param name="required">Columns the header must have.</param>
    /// <param name="sums">Columns a totals row (合计) may sum; where it does, the sum must be that of the rows above it,
    /// since its last totals row (a page) or since the header (the file).</param>
    /// <param name="anyOf">Columns of which the header must have at least one (科目编码 or 科目名称).</param>
    /// <param name="nestedBy">The code column of a sheet whose rows nest (a 科目余额表), whose totals add the outermost rows.</param>
    /// <returns>The parsed rows, or the refusals naming every problem of the file.</returns>
    public static Result<List<T>> Read<T>(string file, Stream content, IReadOnlyCollection<ImportField> required, Func<SheetRow, HeaderMap, List<ImportProblem>, T?> parse,
        IReadOnlyCollection<ImportField>? sums = null, IReadOnlyCollection<ImportField>? anyOf = null, ImportField? nestedBy = null)
        where T : class
    {
        var problems = new List<ImportProblem>();
        var rows = new List<T>();
        try
        {
            using var sheet = Sheets.Open(file, content);
            var header = HeaderMap.Find(sheet, required, anyOf);
            if (header is null)
            {
                var names = string.Join("、", required.Select(HeaderMap.StandardName));
                if (anyOf is { Count: > 0 })
                {
                    names += (names.Length > 0 ? "、" : "") + string.Join("或", anyOf.Select(HeaderMap.StandardName));
                }
                return Refusal.Of("import.header", $"{file}: 表头: 找不到表头行：需要 {names} 各列", $"{file}: header: no header row found: the columns {names} are required");
            }
            var totals = new TotalsCheck(header, sums ?? [], nestedBy);
            while (sheet.Next(out var row))
            {
                if (row.IsBlank || RowKinds.IsFooter(row))
                {
                    continue;
                }
                if (RowKinds.IsTotals(row))
                {
                    totals.Check(row, problems);
                    continue;
                }
                totals.Add(row);
                if (parse(row, header, problems) is { } parsed)
                {
                    rows.Add(parsed);
                }
            }
        }
        catch (UnreadableFileException e)
        {
            return Refusal.Of("import.unreadable", $"{file}: {e.Reason.Zh}", $"{file}: {e.Reason.En}");
        }
        return problems.Count > 0 ? Result<List<T>>.Refused(ProblemReport.Refusals(file, problems)) : Result<List<T>>.Ok(rows);
    }

    /// <summary>Adds a problem at the row and the column as the file names it.</summary>
    public static void Problem(this List<ImportProblem> problems, SheetRow row, HeaderMap header, ImportField field, Text message) =>
        problems.Add(new ImportProblem(row.Number, header.Label(field), message));
}
