using Ledger.Core;

namespace Ledger.Cli.Hosting;

/// <summary>A command line vledger cannot run as typed (exit 2), with what to type instead, in both languages.</summary>
internal sealed class UsageException(Text text) : Exception(text.En)
{
    public UsageException(string message)
        : this(new Text(message, message))
    {
    }

    public Text Text { get; } = text;
}
