using Ledger.Core;

namespace Ledger.Cli.Hosting;

/// <summary>What a command sees of the world: its output streams, environment, clock and working folder.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> environment, TimeProvider clock, string workingDirectory, bool isTerminal)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public TimeProvider Clock { get; } = clock;

    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>Whether stdout is a terminal; progress bars show only then.</summary>
    public bool IsTerminal { get; } = isTerminal;

    public string? Variable(string name) => environment.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>Writes each refusal on its own line of stderr, in the user's language.</summary>
    public void Report(IEnumerable<Refusal> refusals, Language language)
    {
        foreach (var refusal in refusals)
        {
            Error.WriteLine(refusal.Message.In(language));
        }
    }

    public static CliContext FromProcess()
    {
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);
        return new CliContext(Console.Out, Console.Error, environment, TimeProvider.System, Directory.GetCurrentDirectory(), !Console.IsOutputRedirected);
    }
}
