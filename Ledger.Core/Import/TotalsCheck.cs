namespace Ledger.Core.Import;

/// <summary>
/// Checks a sheet's totals rows against its data rows, column by column: a 合计 row must sum the rows since the last
/// totals row (a page total, 本页合计) or all rows so far (a file total, 合计 or 累计). A totals row that leaves a column
/// empty says nothing about it. A data cell that is not an amount is the data row's own problem, not the total's.
/// In a 科目余额表 the level-1 rows repeat the sums of their sub-accounts under them, and its 合计 adds the level-1
/// rows only: with <paramref name="nestedBy"/>, a total may also be that of the rows whose code extends no code above.
/// </summary>
internal sealed class TotalsCheck(HeaderMap header, IReadOnlyCollection<ImportField> sums, ImportField? nestedBy = null)
{
    private readonly Dictionary<ImportField, long> _page = new();
    private readonly Dictionary<ImportField, long> _file = new();
    private readonly Dictionary<ImportField, long> _outermost = new();
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);

    public void Add(SheetRow row)
    {
        var outermost = nestedBy is not { } key || IsOutermost(CellValues.Text(header.Cell(row, key)));
        foreach (var field in sums.Where(header.Has))
        {
            var amount = CellValues.ToMoney(header.Cell(row, field));
            if (!amount.IsRefused)
            {
                _page[field] = _page.GetValueOrDefault(field) + amount.Value.Fen;
                _file[field] = _file.GetValueOrDefault(field) + amount.Value.Fen;
                if (outermost)
                {
                    _outermost[field] = _outermost.GetValueOrDefault(field) + amount.Value.Fen;
                }
            }
        }
    }

    /// <summary>Whether no code seen before is the start of this one (10201 under 102), remembering it.</summary>
    private bool IsOutermost(string code)
    {
        var outermost = true;
        for (var length = Accounts.AccountCode.LevelOneLength; length < code.Length && outermost; length++)
        {
            outermost = !_codes.Contains(code[..length]);
        }
        if (code.Length > 0)
        {
            _codes.Add(code);
        }
        return outermost;
    }

    public void Check(SheetRow row, List<ImportProblem> problems)
    {
        var fields = sums.Where(header.Has).Where(f => !CellValues.IsEmpty(header.Cell(row, f))).ToList();
        var stated = new Dictionary<ImportField, long>();
        foreach (var field in fields)
        {
            var amount = CellValues.ToMoney(header.Cell(row, field));
            if (amount.IsRefused)
            {
                problems.Problem(row, header, field, amount.Refusals[0].Message);
                return;
            }
            stated[field] = amount.Value.Fen;
        }
        var matchesPage = fields.All(f => stated[f] == _page.GetValueOrDefault(f));
        var matchesFile = fields.All(f => stated[f] == _file.GetValueOrDefault(f));
        var matchesOutermost = nestedBy is not null && fields.All(f => stated[f] == _outermost.GetValueOrDefault(f));
        if (!matchesPage && !matchesFile && !matchesOutermost)
        {
            var wrong = fields.First(f => stated[f] != _page.GetValueOrDefault(f));
            problems.Problem(row, header, wrong, new Text(
                $"合计行与上方各行不符：{header.Label(wrong)} 合计 {Money.FromFen(stated[wrong])}，上方各行之和 {Money.FromFen(_page.GetValueOrDefault(wrong))}",
                $"the totals row disagrees with the rows above: its {header.Label(wrong)} is {Money.FromFen(stated[wrong])}, the rows sum to {Money.FromFen(_page.GetValueOrDefault(wrong))}"));
        }
        _page.Clear();
    }
}
