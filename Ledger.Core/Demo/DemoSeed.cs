using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ledger.Core.Demo;

/// <summary>The demo township as <c>seeds/demo/township.json</c> describes it.</summary>
internal sealed record DemoSeed(
    [property: JsonPropertyName("township")] DemoSeed.TownshipSeed Township,
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("villages")] IReadOnlyList<DemoSeed.VillageSeed> Villages,
    [property: JsonPropertyName("users")] IReadOnlyList<DemoSeed.UserSeed> Users,
    [property: JsonPropertyName("reviewer")] string Reviewer,
    [property: JsonPropertyName("accountant")] string Accountant,
    [property: JsonPropertyName("accounts")] IReadOnlyList<DemoSeed.AccountSeed> Accounts,
    [property: JsonPropertyName("budget")] string Budget,
    [property: JsonPropertyName("cooperative")] DemoSeed.CooperativeSeed Cooperative,
    [property: JsonPropertyName("bank")] DemoSeed.BankSeed Bank)
{
    public const string Folder = "demo/";

    public static DemoSeed Load() =>
        JsonSerializer.Deserialize<DemoSeed>(Seeds.ReadText(Folder + "township.json"))
        ?? throw new InvalidOperationException("The seed demo/township.json is empty.");

    /// <summary>One share cooperative's register, its fixation, an inheritance after it, and the year whose dividends are planned.</summary>
    public sealed record CooperativeSeed(
        [property: JsonPropertyName("book")] string Book,
        [property: JsonPropertyName("classes")] string Classes,
        [property: JsonPropertyName("members")] string Members,
        [property: JsonPropertyName("fixed_on")] string FixedOn,
        [property: JsonPropertyName("inheritance")] InheritanceSeed Inheritance,
        [property: JsonPropertyName("dividend_year")] int DividendYear);

    /// <summary>One book's bank statement for the quarter and its contracts register, held against its books.</summary>
    public sealed record BankSeed(
        [property: JsonPropertyName("book")] string Book,
        [property: JsonPropertyName("account")] string Account,
        [property: JsonPropertyName("statement")] string Statement,
        [property: JsonPropertyName("contracts")] string Contracts);

    public sealed record InheritanceSeed(
        [property: JsonPropertyName("from")] string From,
        [property: JsonPropertyName("to")] string To,
        [property: JsonPropertyName("units")] long Units,
        [property: JsonPropertyName("date")] string Date);

    public sealed record TownshipSeed([property: JsonPropertyName("code")] string Code, [property: JsonPropertyName("name")] string Name);

    /// <param name="Vouchers">The clerk's spreadsheet of the village's vouchers, in seeds/demo.</param>
    /// <param name="Resolution">The villagers' meeting resolution that the village's large payment cites.</param>
    public sealed record VillageSeed(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("clerk")] string Clerk,
        [property: JsonPropertyName("vouchers")] string Vouchers,
        [property: JsonPropertyName("head")] string Head,
        [property: JsonPropertyName("finance_group")] string FinanceGroup,
        [property: JsonPropertyName("resolution")] string Resolution);

    public sealed record UserSeed(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("role")] string Role,
        [property: JsonPropertyName("village")] string? Village);

    public sealed record AccountSeed(
        [property: JsonPropertyName("book")] string Book,
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("name")] string Name);
}
