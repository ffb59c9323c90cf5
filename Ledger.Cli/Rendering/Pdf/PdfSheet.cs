using Ledger.Core.Print;
using SkiaSharp;

namespace Ledger.Cli.Rendering.Pdf;

/// <summary>
/// One page being drawn: text set in boxes and ruled lines, in points from the page's top left corner. Text is drawn
/// as text in the embedded font, never as paths, so that the archive's PDFs can be searched and read back.
/// </summary>
internal sealed class PdfSheet(SKCanvas canvas, SKTypeface typeface) : IDisposable
{
    /// <summary>Text that does not fit its box is set smaller, down to this size, before it is cut short.</summary>
    private const float TextSizeMin = 5;

    private const float PaddingPoints = 2.5f;

    public static readonly SKColor Ink = SKColors.Black;

    /// <summary>红字: the red of red-ink amounts and of the rules of a red-ink voucher.</summary>
    public static readonly SKColor RedInk = new(0xC0, 0x10, 0x10);

    private readonly Dictionary<float, SKFont> _fonts = [];
    private readonly Dictionary<(SKColor, float), SKPaint> _paints = [];

    public float Width(string text, float sizePoints) => Font(sizePoints).MeasureText(text);

    /// <summary>Sets one line of text in the box, vertically centred, shrinking or cutting it to fit the box's width.</summary>
    public void Text(string text, SKRect box, ColumnAlign align, float sizePoints, SKColor? colour = null)
    {
        if (text.Length == 0)
        {
            return;
        }
        var room = Math.Max(box.Width - (2 * PaddingPoints), 1);
        var size = sizePoints;
        while (Width(text, size) > room && size > TextSizeMin)
        {
            size = Math.Max(size - 0.5f, TextSizeMin);
        }
        while (Width(text, size) > room && text.Length > 1)
        {
            text = text[..^2] + "…";
        }
        var width = Width(text, size);
        var x = align switch
        {
            ColumnAlign.Left => box.Left + PaddingPoints,
            ColumnAlign.Centre => box.MidX - (width / 2),
            ColumnAlign.Right => box.Right - PaddingPoints - width,
            _ => throw new ArgumentOutOfRangeException(nameof(align), align, "An unknown alignment."),
        };
        // The baseline sits so that the CJK em box, which runs from about 0.88 above it to 0.12 below, is centred.
        var baseline = box.MidY + (size * 0.38f);
        canvas.DrawText(text, x, baseline, SKTextAlign.Left, Font(size), Paint(colour ?? Ink, 0));
    }

    public void Line(float x1, float y1, float x2, float y2, float widthPoints = 0.5f, SKColor? colour = null) =>
        canvas.DrawLine(x1, y1, x2, y2, Paint(colour ?? Ink, widthPoints, stroke: true));

    public void Frame(SKRect box, float widthPoints = 0.5f, SKColor? colour = null) =>
        canvas.DrawRect(box, Paint(colour ?? Ink, widthPoints, stroke: true));

    public void Fill(SKRect box, SKColor colour) => canvas.DrawRect(box, Paint(colour, 0));

    /// <summary>Draws the signature places evenly across <paramref name="box"/>: each caption, then its name or a blank to sign on.</summary>
    public void Signatures(IReadOnlyList<PrintedSignature> signatures, SKRect box, float sizePoints)
    {
        if (signatures.Count == 0)
        {
            return;
        }
        var share = box.Width / signatures.Count;
        for (var i = 0; i < signatures.Count; i++)
        {
            var place = new SKRect(box.Left + (i * share), box.Top, box.Left + ((i + 1) * share), box.Bottom);
            var caption = $"{signatures[i].Caption}：";
            Text(caption + (signatures[i].Name ?? ""), place, ColumnAlign.Left, sizePoints);
            if (signatures[i].Name is null)
            {
                var start = place.Left + PaddingPoints + Width(caption, sizePoints);
                Line(start, place.MidY + (sizePoints * 0.55f), place.Right - (share * 0.1f), place.MidY + (sizePoints * 0.55f), 0.4f);
            }
        }
    }

    private SKFont Font(float sizePoints)
    {
        if (!_fonts.TryGetValue(sizePoints, out var font))
        {
            font = new SKFont(typeface, sizePoints) { Subpixel = true };
            _fonts[sizePoints] = font;
        }
        return font;
    }

    private SKPaint Paint(SKColor colour, float widthPoints, bool stroke = false)
    {
        if (!_paints.TryGetValue((colour, stroke ? widthPoints : -1), out var paint))
        {
            paint = new SKPaint { Color = colour, IsAntialias = true, IsStroke = stroke, StrokeWidth = widthPoints };
            _paints[(colour, stroke ? widthPoints : -1)] = paint;
        }
        return paint;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
        foreach (var paint in _paints.Values)
        {
            paint.Dispose();
        }
    }
}
