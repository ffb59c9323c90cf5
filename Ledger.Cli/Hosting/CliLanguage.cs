using Ledger.Core;

namespace Ledger.Cli.Hosting;

/// <summary>
/// The language vledger speaks: Chinese first (财会〔2024〕12号 §13: the interface uses Chinese first), English
/// only when --lang en is given or, without --lang, when LANG starts with en (contract: conventions).
/// </summary>
internal static class CliLanguage
{
    private static readonly AsyncLocal<Language> CurrentValue = new();

    /// <summary>The language of the command running on this flow, for texts read before a command has its settings.</summary>
    public static Language Current
    {
        get => CurrentValue.Value;
        set => CurrentValue.Value = value;
    }

    /// <summary>The language that --lang names, else the one LANG implies; a --lang value that is neither is left to the command to refuse.</summary>
    public static Language Of(string? lang, string? environmentLang) => lang?.Trim().ToLowerInvariant() switch
    {
        "en" => Language.En,
        "zh" => Language.Zh,
        _ => (environmentLang ?? "").StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Zh,
    };

    /// <summary>The language of a command line before it is parsed: its --lang (or --lang=), else LANG.</summary>
    public static Language OfArguments(IReadOnlyList<string> args, string? environmentLang)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count)
            {
                return Of(args[i + 1], environmentLang);
            }
            if (args[i].StartsWith("--lang=", StringComparison.Ordinal))
            {
                return Of(args[i]["--lang=".Length..], environmentLang);
            }
        }
        return Of(null, environmentLang);
    }
}
