using Ledger.Core;

namespace Ledger.Cli.Hosting;

/// <summary>What a command sees of the world: its output streams, environment, clock and working folder.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> environment, TimeProvider clock, string workingDirectory, bool isTerminal,
    TextReader? input = null, Func<string, string?>? promptSecret = null)
{
    /// <summary>Standard input, from which <c>--password-stdin</c> reads; empty when none was given.</summary>
    public TextReader In { get; } = input ?? TextReader.Null;

    /// <summary>
    /// Asks a person at a terminal for a secret without echoing it, showing the prompt on stderr; null when standard
    /// input is not a terminal, so that a script is never left waiting for a password nobody will type.
    /// </summary>
    public string? PromptSecret(string prompt) => promptSecret?.Invoke(prompt);

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
        return new CliContext(Console.Out, Console.Error, environment, TimeProvider.System, Directory.GetCurrentDirectory(), !Console.IsOutputRedirected,
            Console.In, Console.IsInputRedirected ? null : ReadSecretFromTerminal);
    }

    private static string? ReadSecretFromTerminal(string prompt)
    {
        Console.Error.Write(prompt);
        var secret = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return secret.ToString();
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                if (secret.Length > 0)
                {
                    secret.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }
    }
}
