using SkiaSharp;

namespace Ledger.Cli.Rendering.Pdf;

/// <summary>Opens the PDF every print writes: Skia's PDF backend on the output stream, with the document's information.</summary>
internal static class PdfDocuments
{
    /// <exception cref="InvalidOperationException">When Skia cannot open a PDF on the stream (a bug: the stream must be writable).</exception>
    public static SKDocument Open(Stream output, string title) =>
        SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = title, Creator = "vledger", Producer = "vledger (SkiaSharp)" })
        ?? throw new InvalidOperationException("Skia could not open a PDF document on the output stream.");
}
