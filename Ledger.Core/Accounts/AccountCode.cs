namespace Ledger.Core.Accounts;

/// <summary>
/// An account code: the three-digit level-1 code of the 2023 chart (<c>102</c>), or a sub-account code that
/// extends its parent's (<c>10201</c>). Vendors use 2 or 3 digits per level, so any extension is accepted.
/// </summary>
public readonly record struct AccountCode
{
    public const int LengthMax = 15;
    public const int LevelOneLength = 3;

    private AccountCode(string value) => Value = value;

    public string Value { get; }

    public bool IsLevelOne => Value.Length == LevelOneLength;

    /// <summary>The level-1 code this account rolls up into: <c>102</c> for <c>10201</c>.</summary>
    public AccountCode LevelOne => new(Value[..LevelOneLength]);

    public static Result<AccountCode> Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is < LevelOneLength or > LengthMax || !trimmed.All(char.IsAsciiDigit))
        {
            return Refusal.Of("account.code", $"科目编码“{text}”无效：应为3到{LengthMax}位数字",
                $"account code '{text}' is invalid: use 3 to {LengthMax} digits");
        }
        return Result<AccountCode>.Ok(new AccountCode(trimmed));
    }

    internal static AccountCode FromStore(string value)
    {
        var parsed = Parse(value);
        Invariant.That(!parsed.IsRefused, $"The store holds an invalid account code '{value}'.");
        return parsed.Value;
    }

    public bool IsAncestorOf(AccountCode other) =>
        other.Value.Length > Value.Length && other.Value.StartsWith(Value, StringComparison.Ordinal);

    public override string ToString() => Value;
}
