using System.Globalization;

namespace Ledger.Core.Accounts;

/// <summary>
/// Tells a file keyed to the 2004 chart from one keyed to the 2023 chart, row by row as it is read. With names, a
/// level-1 code whose name in the file is the 2004 account's and not the 2023 one's (502 经营支出, 511 发包及上交收入,
/// 153 固定资产清理) is evidence; a file with such rows and no more rows the other way is refused as a whole, since
/// its codes would post to other accounts. Without names, the sides tell: 2004 502 经营支出 is debited where 2023 502
/// 投资收益 is credited, and a sheet that fits the 2004 sides far better is worth a warning.
/// </summary>
internal sealed class ChartVersionCheck
{
    /// <summary>Lines on the side 2004 expects, at least, before the sides say anything.</summary>
    private const int SideLinesMin = 3;

    /// <summary>“Far better”: this many lines fit the 2004 sides for each that fits the 2023 sides.</summary>
    private const int SideRatioMin = 4;

    private const int ExamplesMax = 4;

    private static readonly IReadOnlyDictionary<string, Account> Chart2023 = StandardChart.LevelOne.ToDictionary(a => a.Code.Value, StringComparer.Ordinal);

    private readonly List<(int Row, Chart2004.Account2004 Account)> _keyed2004 = [];
    private readonly Dictionary<string, (int Fits2004, int Fits2023)> _sides = new(StringComparer.Ordinal);
    private int _keyed2023;

    /// <summary>Takes one row's code and name, and whether it is a debit (null where the row has no side, as a chart).</summary>
    public void See(int row, string code, string name, bool? isDebit)
    {
        (code, name) = AccountPath.CodeAndName(code, name);
        var trimmed = code.Trim();
        if (trimmed.Length < AccountCode.LevelOneLength || !Chart2004.LevelOne.TryGetValue(trimmed[..AccountCode.LevelOneLength], out var old) || old.KeepsItsCode)
        {
            return;
        }
        Chart2023.TryGetValue(old.Code, out var current);
        var written = AccountPath.Segments(name);
        if (written.Length > 0)
        {
            if (written[0] == AccountPath.Normalize(old.Name) && (current is null || written[0] != AccountPath.Normalize(current.Name)))
            {
                _keyed2004.Add((row, old));
            }
            else if (current is not null && written[0] == AccountPath.Normalize(current.Name))
            {
                _keyed2023++;
            }
        }
        if (isDebit is { } debit && current is not null && old.Side != current.NormalSide && old.Side != NormalSide.Both && current.NormalSide != NormalSide.Both)
        {
            var fits = _sides.GetValueOrDefault(old.Code);
            var fits2004 = (old.Side == NormalSide.Debit) == debit;
            _sides[old.Code] = fits2004 ? (fits.Fits2004 + 1, fits.Fits2023) : (fits.Fits2004, fits.Fits2023 + 1);
        }
    }

    /// <summary>The one refusal for a file keyed to the 2004 chart, or null.</summary>
    public Refusal? Keyed2004(string file)
    {
        if (_keyed2004.Count == 0 || _keyed2004.Count < _keyed2023)
        {
            return null;
        }
        var examples = _keyed2004.GroupBy(k => k.Account.Code).Take(ExamplesMax).Select(g => (Row: g.First().Row, g.First().Account)).ToList();
        var rowsZh = string.Join("、", examples.Select(e => $"第 {e.Row} 行 {e.Account.Code} {e.Account.Name}"));
        var rowsEn = string.Join(", ", examples.Select(e => $"row {e.Row} {e.Account.Code} {e.Account.Name}"));
        var conversions = _keyed2004.Select(k => k.Account).DistinctBy(a => a.Code).OrderBy(a => a.Code, StringComparer.Ordinal).Select(a => a.Conversion).ToList();
        var count = _keyed2004.Count.ToString("N0", CultureInfo.InvariantCulture);
        return Refusal.Of("import.chart-2004",
            $"{file}: 此文件按 2004 年《村集体经济组织会计制度》的科目表编制（{rowsZh}，共 {count} 行），不能按 2023 年科目表导入，否则会记入别的科目：请先按 2004→2023 新旧科目对照表转换（{string.Join("，", conversions.Select(c => c.Zh))}）后再导入",
            $"{file}: this file is keyed to the 2004 chart of the 村集体经济组织会计制度 ({rowsEn}; {count} rows) and cannot be imported under the 2023 chart, where its codes name other accounts: convert it with the 2004→2023 conversion table ({string.Join(", ", conversions.Select(c => c.En))}) first");
    }

    /// <summary>A warning when the debits and credits fit the 2004 chart far better than the 2023 one, or null.</summary>
    public Text? SidesWarning(string file)
    {
        var fits2004 = _sides.Values.Sum(s => s.Fits2004);
        var fits2023 = _sides.Values.Sum(s => s.Fits2023);
        if (fits2004 < SideLinesMin || fits2004 < SideRatioMin * fits2023)
        {
            return null;
        }
        var details = _sides.Where(s => s.Value.Fits2004 > 0).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s =>
        {
            var old = Chart2004.LevelOne[s.Key];
            var current = Chart2023[s.Key];
            var (sideZh, sideEn) = old.Side == NormalSide.Debit ? ("借方", "debit") : ("贷方", "credit");
            return new Text(
                $"{s.Key} 记{sideZh} {s.Value.Fits2004} 次、反方向 {s.Value.Fits2023} 次（2004 年 {s.Key} 是{old.Name}，2023 年是{current.Name}）",
                $"{s.Key} on the {sideEn} side {s.Value.Fits2004} times and the other side {s.Value.Fits2023} times (2004 {s.Key} is {old.Name}, 2023 {s.Key} is {current.Name})");
        }).ToList();
        return new Text(
            $"{file}: 警告：借贷方向更符合 2004 年科目表而非 2023 年：{string.Join("；", details.Select(d => d.Zh))}。若此文件按 2004 年科目编制，须先按 2004→2023 新旧科目对照表转换，否则会记入别的科目",
            $"{file}: warning: the debits and credits fit the 2004 chart far better than the 2023 one: {string.Join("; ", details.Select(d => d.En))}. If the file is keyed to the 2004 chart, convert it with the 2004→2023 conversion table first, or it posts to other accounts");
    }

    /// <summary>For a code the 2023 chart lacks but the 2004 chart has: what it was and where it went.</summary>
    public static Text? UnknownCodeHint(string code) =>
        code.Trim() is { Length: AccountCode.LevelOneLength } levelOne && !Chart2023.ContainsKey(levelOne) && Chart2004.LevelOne.TryGetValue(levelOne, out var old)
            ? new Text($"（{levelOne} 是 2004 年科目表的“{old.Name}”，2023 年科目表：{old.Conversion.Zh}）", $" ({levelOne} is the 2004 chart's '{old.Name}'; under the 2023 chart: {old.Conversion.En})")
            : null;

    /// <summary>For a name the 2023 chart lacks but the 2004 chart has (发包及上交收入, 应付福利费): what it was and where it went.</summary>
    public static Text? UnknownNameHint(string written) =>
        Chart2004.LevelOne.Values.FirstOrDefault(a => AccountPath.Normalize(a.Name) == written) is { } old && !Chart2023.Values.Any(a => a.Name == old.Name)
            ? new Text($"（“{old.Name}”是 2004 年科目表的 {old.Code}，2023 年科目表：{old.Conversion.Zh}）", $" ('{old.Name}' is {old.Code} of the 2004 chart; under the 2023 chart: {old.Conversion.En})")
            : null;

    /// <summary>The 2023 name of a level-1 account that the 2004 chart named otherwise without changing it: 现金 → 库存现金.</summary>
    public static string? RenamedLevelOne(string written) => Renamed.GetValueOrDefault(written);

    /// <summary>Looked up once per line of every import, so built once: 现金 → 库存现金.</summary>
    private static readonly Dictionary<string, string> Renamed = Chart2004.LevelOne.Values
        .Where(a => a.KeepsItsCode && Chart2023[a.Code].Name != a.Name)
        .ToDictionary(a => AccountPath.Normalize(a.Name), a => Chart2023[a.Code].Name, StringComparer.Ordinal);
}
