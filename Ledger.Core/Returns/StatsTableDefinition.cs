using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ledger.Core.Returns;

/// <summary>
/// A statistical table's row map as data (seeds/stats): its coded rows, each a formula over the accounts of a book
/// (mov, dist, open for a year's income; bal, dr, cr for its closing balances) or over other rows (R1+R2−R4), and
/// the form's header. A county on an older or provincial variant edits the file or gives its own with --map.
/// </summary>
public sealed record StatsTableDefinition(
    [property: JsonPropertyName("table")] string Table,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("title_en")] string TitleEn,
    [property: JsonPropertyName("form")] string Form,
    [property: JsonPropertyName("authority")] string Authority,
    [property: JsonPropertyName("approval")] string Approval,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("book")] string Book,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("rows")] IReadOnlyList<StatsTableDefinition.Row> Rows)
{
    /// <summary>Two rows the form requires equal on its printed figures (资产总计 and 负债和所有者权益总计).</summary>
    [JsonPropertyName("balance")]
    public IReadOnlyList<string>? Balance { get; init; }

    /// <summary>The leaf row that takes the rounding difference, when rounding would leave <see cref="Balance"/> unequal.</summary>
    [JsonPropertyName("balance_absorb")]
    public string? BalanceAbsorb { get; init; }

    /// <summary>For 表六: the rows whose per-village values class the villages in the appended indicators 22–28.</summary>
    [JsonPropertyName("indicators")]
    public IndicatorRows? Indicators { get; init; }

    /// <param name="Sign">1 shows the formula's value as it is; -1 shows a credit figure as positive.</param>
    /// <param name="IsTotal">A row derived from other rows: printed as the sum of their printed figures.</param>
    public sealed record Row(
        [property: JsonPropertyName("key")] string Key,
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("formula")] string Formula,
        [property: JsonPropertyName("sign")] int Sign,
        [property: JsonPropertyName("total")] bool IsTotal = false);

    /// <param name="Result">本年收益: a village has income when it is above zero.</param>
    /// <param name="Operating">经营收益: which class of 集体经营收益 a village with income falls in.</param>
    public sealed record IndicatorRows(
        [property: JsonPropertyName("result")] string Result,
        [property: JsonPropertyName("operating")] string Operating);

    public const string IncomeKind = "income";

    private static bool IsComplete(Row? row) => row is not null && !string.IsNullOrWhiteSpace(row.Key) && !string.IsNullOrWhiteSpace(row.Code)
        && !string.IsNullOrWhiteSpace(row.Name) && !string.IsNullOrWhiteSpace(row.Formula) && row.Sign is 1 or -1;

    private static readonly string[] IncomeFunctions = ["mov", "dist", "open"];

    private static readonly string[] BalanceFunctions = ["bal", "dr", "cr"];

    public const string BalanceKind = "balance";

    /// <summary>The seed of table <paramref name="table"/> for books on <paramref name="chart"/>.</summary>
    public static string SeedOf(string table, string chart) => $"stats/table-{table}-{chart}.json";

    /// <summary>Reads a row map, refusing one that is not JSON or misses what a table needs, naming what.</summary>
    public static Result<StatsTableDefinition> Parse(string json, string source)
    {
        StatsTableDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<StatsTableDefinition>(json);
        }
        catch (JsonException e)
        {
            return Problem(source, $"不是有效的 JSON：{e.Message}", $"not valid JSON: {e.Message}");
        }
        if (definition is null || definition.Rows is not { Count: > 0 } || string.IsNullOrWhiteSpace(definition.Table))
        {
            return Problem(source, "需要 table 和非空的 rows", "a table and a non-empty rows array are required");
        }
        if (definition.Kind is not (IncomeKind or BalanceKind))
        {
            return Problem(source, $"kind 只能是 {IncomeKind} 或 {BalanceKind}", $"kind must be {IncomeKind} or {BalanceKind}");
        }
        var at = definition.Rows.Select((row, index) => IsComplete(row) ? -1 : index).FirstOrDefault(index => index >= 0, -1);
        if (at >= 0)
        {
            return Problem(source, $"rows[{at}] 须有 key、code、name、formula，sign 为 1 或 -1", $"rows[{at}] needs a key, code, name and formula, and a sign of 1 or -1");
        }
        var functions = definition.Kind == IncomeKind ? IncomeFunctions : BalanceFunctions;
        if (definition.Rows.FirstOrDefault(r => System.Text.RegularExpressions.Regex.Matches(r.Formula, @"([a-z]+)\(").Any(m => !functions.Contains(m.Groups[1].Value))) is { } misfit)
        {
            return Problem(source, $"行 {misfit.Key} 用了{(definition.Kind == IncomeKind ? "收益" : "资产负债")}表不用的函数：只能用 {string.Join("、", functions)}",
                $"row {misfit.Key} uses a function a {definition.Kind} table does not: only {string.Join(", ", functions)}");
        }
        if (definition.Balance is { } balance && balance.Count != 2)
        {
            return Problem(source, "balance 须恰好列出两行", "balance lists exactly two rows");
        }
        if (definition.Indicators is { } indicators && (string.IsNullOrWhiteSpace(indicators.Result) || string.IsNullOrWhiteSpace(indicators.Operating)))
        {
            return Problem(source, "indicators 须有 result 和 operating", "indicators needs result and operating");
        }
        var keys = definition.Rows.Select(r => r.Key).ToList();
        if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count)
        {
            return Problem(source, "rows 的 key 有重复", "two rows share a key");
        }
        var named = (definition.Balance ?? []).Concat([definition.BalanceAbsorb, definition.Indicators?.Result, definition.Indicators?.Operating]).OfType<string>();
        if (named.FirstOrDefault(k => !keys.Contains(k)) is { } missing)
        {
            return Problem(source, $"引用了不存在的行 {missing}", $"names a row {missing} that is not there");
        }
        if (definition.BalanceAbsorb is { } absorb && (definition.Balance is null || definition.Rows.Single(r => r.Key == absorb).IsTotal))
        {
            return Problem(source, $"balance_absorb 的行 {absorb} 须是不合计的行，且须有 balance", $"balance_absorb row {absorb} must be a leaf row, with a balance");
        }
        if (definition.Rows.FirstOrDefault(r => r.IsTotal && r.Formula.Contains('(', StringComparison.Ordinal)) is { } accountTotal)
        {
            return Problem(source, $"合计行 {accountTotal.Key} 只能由其他行相加减，不能直接取科目", $"total row {accountTotal.Key} adds other rows only, not accounts");
        }
        try
        {
            // A dry run over zero balances finds a formula that does not parse, a row it names that is not there, and a row defined by itself.
            StatsDesk.Evaluate(definition, (_, _) => 0, line: null);
        }
        catch (LedgerInvariantException e)
        {
            return Problem(source, $"公式有误：{e.Message}", $"a formula is wrong: {e.Message}");
        }
        return Result<StatsTableDefinition>.Ok(definition);
    }

    public static StatsTableDefinition Load(string seed) => Parse(Seeds.ReadText(seed), seed) is { IsRefused: false } parsed
        ? parsed.Value
        : throw new LedgerInvariantException($"The row map {seed} that ships with vledger does not parse.");

    private static Refusal Problem(string source, string zh, string en) => Refusal.Of("stats.map", $"行映射 {source}：{zh}", $"row map {source}: {en}");
}
