using System.Globalization;

namespace Ledger.Core.Import;

/// <summary>
/// Turns a file's problems into the lines a clerk reads. The same problem on many rows (one unknown account on 3,000
/// rows) is one line at its first row, with the count and the first rows, so that every distinct problem still shows
/// and none is buried under a thousand copies of another.
/// </summary>
internal static class ProblemReport
{
    /// <summary>How many rows a repeated problem names before it says “…”.</summary>
    public const int RowsNamedMax = 10;

    public static List<Refusal> Refusals(string file, IEnumerable<ImportProblem> problems)
    {
        var groups = problems
            .GroupBy(p => (p.Column, p.Message.Zh))
            .Select(g => g.OrderBy(p => p.Row).ToList())
            .OrderBy(g => g[0].Row)
            .ToList();
        var refusals = groups.Take(ImportDesk.ProblemsListedMax).Select(g => g.Count == 1 ? g[0].ToRefusal(file) : Repeated(file, g)).ToList();
        if (groups.Count > ImportDesk.ProblemsListedMax)
        {
            var more = groups.Count - ImportDesk.ProblemsListedMax;
            refusals.Add(Refusal.Of("import.more", $"{file}: 另有 {more} 个问题未列出", $"{file}: {more} more problems not listed"));
        }
        return refusals;
    }

    private static Refusal Repeated(string file, List<ImportProblem> same)
    {
        var first = same[0];
        var rows = same.Select(p => p.Row).Distinct().ToList();
        var named = string.Join("、", rows.Take(RowsNamedMax).Select(r => r.ToString(CultureInfo.InvariantCulture)));
        var namedEn = string.Join(", ", rows.Take(RowsNamedMax).Select(r => r.ToString(CultureInfo.InvariantCulture)));
        var more = rows.Count > RowsNamedMax ? " …" : "";
        var vouchers = same.Where(p => p.VoucherRow is not null).Select(p => p.VoucherRow).Distinct().Count();
        var count = Count(rows.Count);
        var (zh, en) = vouchers > 0
            ? ($"{Count(vouchers)} 张凭证、{count} 行，第 {named}{more} 行", $"{Count(vouchers)} vouchers, {count} rows: rows {namedEn}{more}")
            : ($"{count} 行，第 {named}{more} 行", $"{count} rows: rows {namedEn}{more}");
        return Refusal.Of("import.row", $"{file}:{first.Row}: {first.Column}: {first.Message.Zh}：{zh}", $"{file}:{first.Row}: {first.Column}: {first.Message.En}: {en}");
    }

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
