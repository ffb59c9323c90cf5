using Ledger.Core.Print;
using SkiaSharp;

namespace Ledger.Cli.Rendering.Pdf;

/// <summary>凭证封面: one page per month, the cover a month's bound vouchers carry, with the places to sign on binding.</summary>
internal static class CoverPdf
{
    private const float RowHeightPoints = 30;
    private const float LabelSizePoints = 11;

    /// <summary>Writes one cover page per <paramref name="covers"/> entry to <paramref name="output"/> as one PDF.</summary>
    /// <exception cref="PdfFontMissingException">When no CJK font that can be embedded is installed.</exception>
    public static void Write(IReadOnlyList<VoucherCover> covers, Stream output, PageOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfZero(covers.Count);
        var typeface = PdfFont.Open(options.FontFile);
        var content = options.ContentPoints;
        using var pdf = PdfDocuments.Open(output, "记账凭证封面");
        foreach (var cover in covers)
        {
            using var sheet = new PdfSheet(pdf.BeginPage(options.SizePoints.Width, options.SizePoints.Height), typeface);
            var y = content.Top + (content.Height * 0.08f);
            PdfTableWriter.DrawTitle(sheet, "记账凭证封面", new SKRect(content.Left, y, content.Right, y + 40));
            y += 60;
            (string Label, string Value)[] rows =
            [
                ("单位名称", cover.Unit),
                ("年    月", $"{cover.Month.Year}年{cover.Month.Number}月"),
                ("凭证种类", "记账凭证"),
                ("凭证起止号", $"自 {cover.FirstNumber} 至 {cover.LastNumber}"),
                ("凭证张数", $"共 {cover.VoucherCount} 张"),
                ("附件张数", $"共 {cover.AttachmentCount} 张"),
                ("册    数", $"本月共 {cover.VolumeCount} 册"),
            ];
            var split = content.Left + (content.Width * 0.3f);
            var top = y;
            foreach (var (label, value) in rows)
            {
                sheet.Text(label, new SKRect(content.Left, y, split, y + RowHeightPoints), ColumnAlign.Centre, LabelSizePoints);
                sheet.Text(value, new SKRect(split, y, content.Right, y + RowHeightPoints), ColumnAlign.Left, LabelSizePoints);
                y += RowHeightPoints;
                sheet.Line(content.Left, y, content.Right, y);
            }
            sheet.Frame(new SKRect(content.Left, top, content.Right, y), 1f);
            sheet.Line(split, top, split, y);
            sheet.Signatures(cover.Signatures, new SKRect(content.Left, y + 30, content.Right, y + 60), LabelSizePoints);
            pdf.EndPage();
        }
        pdf.Close();
    }
}
