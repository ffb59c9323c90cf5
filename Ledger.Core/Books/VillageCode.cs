namespace Ledger.Core.Books;

/// <summary>A village's code, such as <c>V001</c> or an administrative-division code <c>33042410100</c>.</summary>
public readonly record struct VillageCode
{
    public const int LengthMax = 20;

    private VillageCode(string value) => Value = value;

    public string Value { get; }

    public static Result<VillageCode> Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is 0 or > LengthMax || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return Refusal.Of("village.code", $"村编码“{text}”无效：应为1到{LengthMax}个字母、数字、- 或 _",
                $"village code '{text}' is invalid: use 1 to {LengthMax} letters, digits, - or _");
        }
        return Result<VillageCode>.Ok(new VillageCode(trimmed));
    }

    /// <summary>For codes read back from the store, which only ever holds valid ones.</summary>
    internal static VillageCode FromStore(string value)
    {
        var parsed = Parse(value);
        Invariant.That(!parsed.IsRefused, $"The store holds an invalid village code '{value}'.");
        return parsed.Value;
    }

    public override string ToString() => Value;
}
