using CsvHelper;

namespace Ledger.Core.Accounts;

/// <summary>
/// The level-1 accounts of the 2004 村集体经济组织会计制度 (财会〔2004〕12号), from seeds/chart-2004.csv, kept only to
/// recognise files still keyed to it: the two charts reuse codes for other accounts (2004 502 经营支出 is 2023 511;
/// 2023 502 is 投资收益), so such a file must be converted, never imported as the accounts its codes now name.
/// </summary>
public static class Chart2004
{
    public const string SeedFile = "chart-2004.csv";

    /// <param name="CodesIn2023">Where its balance goes under the 2023 chart (domain.md §2.3): one code, several
    /// (split by substance), or none (deleted).</param>
    public sealed record Account2004(string Code, string Name, NormalSide Side, IReadOnlyList<string> CodesIn2023)
    {
        /// <summary>The same account under both charts, perhaps renamed (101 现金 → 101 库存现金).</summary>
        public bool KeepsItsCode => CodesIn2023.Count == 1 && CodesIn2023[0] == Code;

        /// <summary>Where it goes: “502 经营支出 → 511”, or that 2023 has no such account.</summary>
        public Text Conversion => CodesIn2023.Count == 0
            ? new Text($"{Code} {Name} → 2023 年已取消", $"{Code} {Name} → none in 2023")
            : new Text($"{Code} {Name} → {string.Join("/", CodesIn2023)}", $"{Code} {Name} → {string.Join("/", CodesIn2023)}");
    }

    private static readonly Lazy<IReadOnlyDictionary<string, Account2004>> Accounts = new(Load);

    public static IReadOnlyDictionary<string, Account2004> LevelOne => Accounts.Value;

    private static Dictionary<string, Account2004> Load()
    {
        using var reader = CsvReader.FromText(Seeds.ReadText(SeedFile), new CsvReaderOptions { Separator = ',' });
        reader.ReadHeader();
        var accounts = new Dictionary<string, Account2004>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var code = reader.GetString("科目编码");
            Invariant.That(code.Length == AccountCode.LevelOneLength && code.All(char.IsAsciiDigit), $"The 2004 seed chart holds a bad code '{code}'.");
            var codesIn2023 = reader.GetString("2023科目编码").Split('/', StringSplitOptions.RemoveEmptyEntries);
            accounts.Add(code, new Account2004(code, reader.GetString("科目名称"), AccountNames.ParseSide(reader.GetString("余额方向")), codesIn2023));
        }
        return accounts;
    }
}
