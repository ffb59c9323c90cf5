using SkiaSharp;

namespace Ledger.Cli.Rendering.Pdf;

/// <summary>The page a PDF is laid out on: paper, orientation, margins, and the CJK font file to embed.</summary>
/// <param name="MarginMm">The margin on every side, in millimetres; a bound archive needs room on the left for the binding.</param>
/// <param name="FontFile">A TrueType CJK font to embed; null takes the first of <see cref="PdfFont.Candidates"/> that exists.</param>
internal sealed record PageOptions(PaperSize Paper = PaperSize.A4, bool Landscape = false, float MarginMm = 15, string? FontFile = null)
{
    public const float PointsPerMm = 72f / 25.4f;

    public const float MarginMmMin = 5;

    public const float MarginMmMax = 40;

    public static PageOptions A4 { get; } = new();

    /// <summary>The page's width and height in PDF points (1/72 inch).</summary>
    public SKSize SizePoints
    {
        get
        {
            var (shortMm, longMm) = Paper switch
            {
                PaperSize.A4 => (210f, 297f),
                PaperSize.A5 => (148f, 210f),
                _ => throw new ArgumentOutOfRangeException(nameof(Paper), Paper, "An unknown paper size."),
            };
            return Landscape ? new SKSize(longMm * PointsPerMm, shortMm * PointsPerMm) : new SKSize(shortMm * PointsPerMm, longMm * PointsPerMm);
        }
    }

    public float MarginPoints => MarginMm * PointsPerMm;

    /// <summary>The area inside the margins, in points from the page's top left corner.</summary>
    public SKRect ContentPoints => new(MarginPoints, MarginPoints, SizePoints.Width - MarginPoints, SizePoints.Height - MarginPoints);
}
