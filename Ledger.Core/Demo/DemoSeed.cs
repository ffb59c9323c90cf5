using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ledger.Core.Demo;

/// <summary>The demo township as <c>seeds/demo/township.json</c> describes it.</summary>
internal sealed record DemoSeed(
    [property: JsonPropertyName("township")] DemoSeed.TownshipSeed Township,
    [property: JsonPropertyName("months")] IReadOnlyList<string> Months,
    [property: JsonPropertyName("villages")] IReadOnlyList<DemoSeed.VillageSeed> Villages,
    [property: JsonPropertyName("users")] IReadOnlyList<DemoSeed.UserSeed> Users,
    [property: JsonPropertyName("reviewer")] string Reviewer,
    [property: JsonPropertyName("accountant")] string Accountant,
    [property: JsonPropertyName("accounts")] IReadOnlyList<DemoSeed.AccountSeed> Accounts,
    [property: JsonPropertyName("vouchers")] IReadOnlyList<DemoSeed.VoucherTemplate> Vouchers)
{
    public const string SeedFile = "demo/township.json";

    public static DemoSeed Load() =>
        JsonSerializer.Deserialize<DemoSeed>(Seeds.ReadText(SeedFile))
        ?? throw new InvalidOperationException($"The seed {SeedFile} is empty.");

    public sealed record TownshipSeed([property: JsonPropertyName("code")] string Code, [property: JsonPropertyName("name")] string Name);

    /// <param name="ScalePercent">How large this village's amounts are against the templates', in whole percent.</param>
    public sealed record VillageSeed(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("scale_percent")] int ScalePercent,
        [property: JsonPropertyName("clerk")] string Clerk);

    public sealed record UserSeed(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("role")] string Role,
        [property: JsonPropertyName("village")] string? Village);

    public sealed record AccountSeed(
        [property: JsonPropertyName("book")] string Book,
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("name")] string Name);

    /// <param name="Lines">Lines as <c>voucher add --line</c> takes them, with <c>{a}</c> for the scaled amount.</param>
    public sealed record VoucherTemplate(
        [property: JsonPropertyName("book")] string Book,
        [property: JsonPropertyName("months")] IReadOnlyList<int> Months,
        [property: JsonPropertyName("day")] int Day,
        [property: JsonPropertyName("summary")] string Summary,
        [property: JsonPropertyName("attachments")] int Attachments,
        [property: JsonPropertyName("lines")] IReadOnlyList<string> Lines,
        [property: JsonPropertyName("amount")] string Amount);
}
