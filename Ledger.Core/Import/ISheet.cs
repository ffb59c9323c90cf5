namespace Ledger.Core.Import;

/// <summary>A sheet read one row at a time, so that memory does not grow with the file.</summary>
internal interface ISheet : IDisposable
{
    /// <exception cref="UnreadableFileException">When the file turns out to be damaged.</exception>
    bool Next(out SheetRow row);
}
