using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ledger.Core.Reports;

/// <summary>
/// A statement's lines and formulas as data (seeds/statements), so that a township corrects a line without a
/// new release, as the accounting software rules (财会〔2024〕12号 §25) ask.
/// </summary>
public sealed record StatementDefinition(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("title_en")] string TitleEn,
    [property: JsonPropertyName("columns")] IReadOnlyList<string> Columns,
    [property: JsonPropertyName("lines")] IReadOnlyList<StatementDefinition.Line> Lines)
{
    public const string BalanceSheetSeed = "statements/balance-sheet-2023.json";
    public const string IncomeSeed = "statements/income-2023.json";

    /// <param name="Sign">1 shows the formula's value as it is; -1 shows a credit figure as positive.</param>
    /// <param name="Row">The 行次 printed on the statutory form; data, because the 2023 numbers are still to be confirmed.</param>
    /// <param name="Section">The caption the form prints above this line, where a group of lines starts (流动资产：).</param>
    public sealed record Line(
        [property: JsonPropertyName("key")] string Key,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("formula")] string Formula,
        [property: JsonPropertyName("sign")] int Sign,
        [property: JsonPropertyName("total")] bool IsTotal = false,
        [property: JsonPropertyName("row")] int? Row = null,
        [property: JsonPropertyName("section")] string? Section = null);

    public static StatementDefinition Load(string seed) =>
        JsonSerializer.Deserialize<StatementDefinition>(Seeds.ReadText(seed))
        ?? throw new InvalidOperationException($"The statement seed {seed} is empty.");
}
