namespace Ledger.Core.Import;

/// <summary>
/// The file is not the spreadsheet it claims to be, or is damaged. Raised where a reader library fails and turned
/// into a refusal by the import, never shown to a user as a stack trace.
/// </summary>
internal sealed class UnreadableFileException(Text reason, Exception? inner = null) : Exception(reason.En, inner)
{
    public Text Reason { get; } = reason;
}
