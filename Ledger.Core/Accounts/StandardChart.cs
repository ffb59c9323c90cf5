using CsvHelper;

namespace Ledger.Core.Accounts;

/// <summary>
/// The 42 level-1 accounts of the 2023 rural collective accounting standard (财会〔2023〕14号), and the sub-accounts
/// every book carries from the start, from seeds/. The sub-accounts are those the statements read: 322 收益分配's
/// 各项分配 (32201, with 3220101 提取公积公益金, 3220102 向成员分配, 3220103 其他) and 未分配收益 (32202), which the
/// income statement's distribution lines and the year close post to.
/// </summary>
public static class StandardChart
{
    public const string SeedFile = "chart-2023.csv";
    public const int LevelOneCount = 42;

    private static readonly Lazy<(IReadOnlyList<Account> LevelOne, IReadOnlyList<(AccountCode Code, string Name)> Sub)> Accounts = new(Load);

    public static IReadOnlyList<Account> LevelOne => Accounts.Value.LevelOne;

    /// <summary>The seeded sub-accounts, each after its parent; they take their parent's class, side and dimension.</summary>
    public static IReadOnlyList<(AccountCode Code, string Name)> SubAccounts => Accounts.Value.Sub;

    private static (IReadOnlyList<Account>, IReadOnlyList<(AccountCode, string)>) Load()
    {
        using var reader = CsvReader.FromText(Seeds.ReadText(SeedFile), new CsvReaderOptions { Separator = ',' });
        reader.ReadHeader();
        var accounts = new List<Account>();
        var sub = new List<(AccountCode, string)>();
        while (reader.Read())
        {
            var code = AccountCode.Parse(reader.GetString("科目编码"));
            Invariant.That(!code.IsRefused, $"The seed chart holds a bad code '{reader.GetString("科目编码")}'.");
            if (!code.Value.IsLevelOne)
            {
                Invariant.That(accounts.Any(a => a.Code.IsAncestorOf(code.Value)), $"The seed sub-account {code.Value} comes before its level-1 account.");
                sub.Add((code.Value, reader.GetString("科目名称")));
                continue;
            }
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
        Invariant.That(accounts.Count == LevelOneCount, $"The seed chart has {accounts.Count} level-1 accounts, not {LevelOneCount}.");
        return (accounts, sub);
    }
}
