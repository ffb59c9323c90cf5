using SkiaSharp;

namespace Ledger.Cli.Rendering.Pdf;

/// <summary>The document information every printed PDF carries.</summary>
internal static class PdfMetadata
{
    public static SKDocumentPdfMetadata Of(string title) => new()
    {
        Title = title,
        Creator = "vledger",
        Producer = "vledger (SkiaSharp)",
    };
}
