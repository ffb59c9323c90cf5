using CsvHelper;

namespace Ledger.Core.Accounts;

/// <summary>The 42 level-1 accounts of the 2023 rural collective accounting standard (财会〔2023〕14号), from seeds/.</summary>
public static class StandardChart
{
    public const string SeedFile = "chart-2023.csv";
    public const int LevelOneCount = 42;

    private static readonly Lazy<IReadOnlyList<Account>> Accounts = new(Load);

    public static IReadOnlyList<Account> LevelOne => Accounts.Value;

    private static List<Account> Load()
    {
        using var reader = CsvReader.FromText(Seeds.ReadText(SeedFile), new CsvReaderOptions { Separator = ',' });
        reader.ReadHeader();
        var accounts = new List<Account>();
        while (reader.Read())
        {
            var code = AccountCode.Parse(reader.GetString("科目编码"));
            Invariant.That(!code.IsRefused && code.Value.IsLevelOne, $"The seed chart holds a bad code '{reader.GetString("科目编码")}'.");
            accounts.Add(new Account(
                code.Value,
                reader.GetString("科目名称"),
                AccountNames.ParseClass(reader.GetString("类别")),
                AccountNames.ParseSide(reader.GetString("余额方向")),
                Level: 1,
                IsLeaf: true,
                IsActive: true,
                AccountNames.ParseDimension(reader.GetString("辅助核算"))));
        }
        Invariant.That(accounts.Count == LevelOneCount, $"The seed chart has {accounts.Count} accounts, not {LevelOneCount}.");
        return accounts;
    }
}
