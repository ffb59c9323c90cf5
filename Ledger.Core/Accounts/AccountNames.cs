namespace Ledger.Core.Accounts;

/// <summary>The keys of account classes, sides and dimensions in seeds and in the store.</summary>
public static class AccountNames
{
    public static string Key(this AccountClass value) => value.ToString().ToLowerInvariant();

    public static string Key(this NormalSide value) => value.ToString().ToLowerInvariant();

    public static string Key(this DimensionRequirement value) => value switch
    {
        DimensionRequirement.None => "none",
        DimensionRequirement.Counterparty => "counterparty",
        DimensionRequirement.Project => "project",
        DimensionRequirement.CounterpartyOrProject => "counterparty-or-project",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static AccountClass ParseClass(string key) => Enum.Parse<AccountClass>(key, ignoreCase: true);

    public static NormalSide ParseSide(string key) => Enum.Parse<NormalSide>(key, ignoreCase: true);

    public static DimensionRequirement ParseDimension(string key) =>
        Enum.GetValues<DimensionRequirement>().Single(d => d.Key() == key);

    public static Text Label(this AccountClass value) => value switch
    {
        AccountClass.Asset => new Text("资产", "asset"),
        AccountClass.Liability => new Text("负债", "liability"),
        AccountClass.Equity => new Text("所有者权益", "equity"),
        AccountClass.Cost => new Text("成本", "cost"),
        AccountClass.Income => new Text("损益-收入", "income"),
        AccountClass.Expense => new Text("损益-支出", "expense"),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static Text Label(this NormalSide value) => value switch
    {
        NormalSide.Debit => new Text("借", "debit"),
        NormalSide.Credit => new Text("贷", "credit"),
        NormalSide.Both => new Text("借或贷", "either"),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static Text Label(this DimensionRequirement value) => value switch
    {
        DimensionRequirement.None => new Text("无", "none"),
        DimensionRequirement.Counterparty => new Text("往来单位", "counterparty"),
        DimensionRequirement.Project => new Text("项目", "project"),
        DimensionRequirement.CounterpartyOrProject => new Text("往来单位或项目", "counterparty or project"),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };
}
