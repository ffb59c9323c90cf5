using Ledger.Core;

namespace Ledger.Cli.Rendering.Pdf;

/// <summary>No CJK font that a PDF can embed is installed: the machine needs a package, which the message names.</summary>
internal sealed class PdfFontMissingException(Text message) : Exception(message.En)
{
    public Text Text { get; } = message;
}
