using Ledger.Core;

namespace Ledger.Tests.Support;

/// <summary>Assertions on refused results.</summary>
public static class Refusals
{
    /// <summary>Asserts the result was refused with a refusal of <paramref name="code"/> and returns its English text.</summary>
    public static string Expect<T>(Result<T> result, string code)
    {
        Assert.That(result.IsRefused, Is.True, "expected a refusal with code " + code);
        var match = result.Refusals.FirstOrDefault(r => r.Code == code);
        Assert.That(match, Is.Not.Null, $"expected {code}, got: " + string.Join("; ", result.Refusals.Select(r => $"{r.Code} {r.Message.En}")));
        return match!.Message.En;
    }
}
