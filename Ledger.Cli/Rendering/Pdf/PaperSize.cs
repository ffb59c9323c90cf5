namespace Ledger.Cli.Rendering.Pdf;

/// <summary>The paper an office prints its archive on.</summary>
internal enum PaperSize
{
    A4,
    A5,
}
