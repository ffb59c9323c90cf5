using System.Globalization;
using Ledger.Core;
using Ledger.Core.Print;
using SkiaSharp;

namespace Ledger.Cli.Rendering.Pdf;

/// <summary>
/// 记账凭证 as they are printed for binding: the voucher's head, a ruled grid of 摘要 / 会计科目 / 借方 / 贷方 with
/// the 辅助核算 under each account, 合计 with the amount in capitals, and the signature line. Empty lines are struck
/// through, as a clerk strikes them by hand, so that nothing can be added after printing; a voucher with more lines
/// than a sheet holds continues on further sheets (第1/2张), and only its last sheet carries 合计.
/// </summary>
internal static class VoucherPdf
{
    private const float TitleHeightPoints = 30;
    private const float InfoHeightPoints = 16;
    private const float CaptionHeightPoints = 20;
    private const float TotalHeightPoints = 22;
    private const float SignatureHeightPoints = 22;
    private const float LineHeightMaxPoints = 40;
    private const float SlotGapPoints = 16;
    private const float TextSizePoints = 9;
    private const float DimensionSizePoints = 7.5f;
    private const float TitleSizePoints = 16;

    /// <summary>A half-page voucher has the six lines of the common printed form; a full page twice as many.</summary>
    public static int LinesPerSheet(VoucherLayout layout) => layout == VoucherLayout.Half ? 6 : 12;

    private static readonly float[] ColumnShares = [0.24f, 0.44f, 0.16f, 0.16f];

    private static readonly SKColor CutLine = new(0xAA, 0xAA, 0xAA);

    private static int SheetsOf(PrintedVoucher voucher, VoucherLayout layout) =>
        Math.Max(1, (voucher.Lines.Count + LinesPerSheet(layout) - 1) / LinesPerSheet(layout));

    private static int SlotsPerPage(VoucherLayout layout) => layout == VoucherLayout.Half ? 2 : 1;

    /// <summary>The pages <see cref="Write"/> will write, for a progress bar.</summary>
    public static int PageCount(IReadOnlyList<PrintedVoucher> vouchers, VoucherLayout layout) =>
        (vouchers.Sum(v => SheetsOf(v, layout)) + SlotsPerPage(layout) - 1) / SlotsPerPage(layout);

    /// <summary>Writes the vouchers to <paramref name="output"/> as one PDF and returns the number of pages.</summary>
    /// <param name="pageWritten">Called once each page is finished, for a progress bar.</param>
    /// <exception cref="PdfFontMissingException">When no CJK font that can be embedded is installed.</exception>
    public static int Write(IReadOnlyList<PrintedVoucher> vouchers, Stream output, PageOptions options, VoucherLayout layout, Action? pageWritten = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(vouchers.Count);
        var typeface = PdfFont.Open(options.FontFile);
        var perSheet = LinesPerSheet(layout);
        var sheets = vouchers.SelectMany(v =>
        {
            var count = SheetsOf(v, layout);
            return Enumerable.Range(0, count).Select(i => (Voucher: v, Index: i, Count: count));
        });
        var slotsPerPage = SlotsPerPage(layout);
        var content = options.ContentPoints;
        var slotHeight = (content.Height - ((slotsPerPage - 1) * SlotGapPoints)) / slotsPerPage;
        using var pdf = PdfDocuments.Open(output, "记账凭证");
        var pages = 0;
        foreach (var page in sheets.Chunk(slotsPerPage))
        {
            using var sheet = new PdfSheet(pdf.BeginPage(options.SizePoints.Width, options.SizePoints.Height), typeface);
            for (var s = 0; s < page.Length; s++)
            {
                var top = content.Top + (s * (slotHeight + SlotGapPoints));
                DrawVoucher(sheet, page[s].Voucher, page[s].Index, page[s].Count, perSheet, new SKRect(content.Left, top, content.Right, top + slotHeight));
            }
            if (slotsPerPage == 2)
            {
                var cut = content.Top + slotHeight + (SlotGapPoints / 2);
                sheet.Line(0, cut, options.SizePoints.Width, cut, 0.3f, CutLine);
            }
            pdf.EndPage();
            pages++;
            pageWritten?.Invoke();
        }
        pdf.Close();
        return pages;
    }

    private static void DrawVoucher(PdfSheet sheet, PrintedVoucher voucher, int index, int count, int perSheet, SKRect slot)
    {
        var colour = voucher.IsRedInk ? PdfSheet.RedInk : PdfSheet.Ink;
        var y = slot.Top;
        PdfTableWriter.DrawTitle(sheet, voucher.IsRedInk ? "记账凭证（红字）" : "记账凭证", new SKRect(slot.Left, y, slot.Right, y + TitleHeightPoints), colour);
        var numberBox = new SKRect(slot.Left + (slot.Width * 0.7f), y, slot.Right, y + TitleHeightPoints);
        var number = $"凭证字号：{voucher.Number ?? "（未记账）"}" + (count > 1 ? $"  第{index + 1}/{count}张" : "");
        sheet.Text(number, numberBox, ColumnAlign.Right, TextSizePoints);
        if (voucher.ReversedNumber is { } reversed)
        {
            sheet.Text($"冲销 {reversed}", new SKRect(slot.Left, y, slot.Left + (slot.Width * 0.3f), y + TitleHeightPoints), ColumnAlign.Left, TextSizePoints, colour);
        }
        y += TitleHeightPoints;
        var info = new SKRect(slot.Left, y, slot.Right, y + InfoHeightPoints);
        sheet.Text($"单位名称：{voucher.Unit}", info, ColumnAlign.Left, TextSizePoints);
        sheet.Text(voucher.Date.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture), info, ColumnAlign.Centre, TextSizePoints);
        sheet.Text($"附件 {voucher.AttachmentCount} 张", info, ColumnAlign.Right, TextSizePoints);
        y += InfoHeightPoints;

        var edges = new float[ColumnShares.Length + 1];
        edges[0] = slot.Left;
        for (var i = 0; i < ColumnShares.Length; i++)
        {
            edges[i + 1] = edges[i] + (ColumnShares[i] * slot.Width);
        }
        var tableTop = y;
        string[] captions = ["摘要", "会计科目", "借方金额", "贷方金额"];
        for (var i = 0; i < captions.Length; i++)
        {
            sheet.Text(captions[i], new SKRect(edges[i], y, edges[i + 1], y + CaptionHeightPoints), ColumnAlign.Centre, TextSizePoints);
        }
        y += CaptionHeightPoints;
        sheet.Line(edges[0], y, edges[^1], y, 0.8f, colour);
        var room = slot.Bottom - y - TotalHeightPoints - SignatureHeightPoints;
        var lineHeight = Math.Min(room / perSheet, LineHeightMaxPoints);
        var lines = voucher.Lines.Skip(index * perSheet).Take(perSheet).ToList();
        for (var l = 0; l < perSheet; l++)
        {
            var top = y + (l * lineHeight);
            if (l < lines.Count)
            {
                DrawLine(sheet, lines[l], edges, top, lineHeight, colour);
            }
            sheet.Line(edges[0], top + lineHeight, edges[^1], top + lineHeight, 0.4f, colour);
        }
        if (lines.Count < perSheet)
        {
            // The unused lines are struck through from the last amount down to 合计, so that none can be filled in later.
            var firstEmpty = y + (lines.Count * lineHeight);
            sheet.Line(edges[1], y + (perSheet * lineHeight), edges[^1], firstEmpty, 0.5f, colour);
        }
        y += perSheet * lineHeight;
        var totalRow = new SKRect(edges[0], y, edges[2], y + TotalHeightPoints);
        if (index == count - 1)
        {
            sheet.Text($"合计：人民币（大写）{ChineseCapitals.Of(voucher.Total)}", totalRow, ColumnAlign.Left, TextSizePoints, colour);
            sheet.Text(voucher.Total.ToDisplayString(), new SKRect(edges[2], y, edges[3], y + TotalHeightPoints), ColumnAlign.Right, TextSizePoints, colour);
            sheet.Text(voucher.Total.ToDisplayString(), new SKRect(edges[3], y, edges[4], y + TotalHeightPoints), ColumnAlign.Right, TextSizePoints, colour);
        }
        else
        {
            sheet.Text("（续下张）", totalRow, ColumnAlign.Left, TextSizePoints, colour);
        }
        sheet.Line(edges[0], y, edges[^1], y, 1f, colour);
        y += TotalHeightPoints;
        sheet.Frame(new SKRect(edges[0], tableTop, edges[^1], y), 1f, colour);
        foreach (var x in edges[1..^1])
        {
            // 合计's capitals run across 摘要 and 会计科目, so the rule between them stops above 合计.
            sheet.Line(x, tableTop, x, x == edges[1] ? y - TotalHeightPoints : y, 0.5f, colour);
        }
        sheet.Signatures(voucher.Signatures, new SKRect(slot.Left, y + 2, slot.Right, y + SignatureHeightPoints), TextSizePoints);
    }

    private static void DrawLine(PdfSheet sheet, PrintedVoucherLine line, float[] edges, float top, float height, SKColor colour)
    {
        var bottom = top + height;
        sheet.Text(line.Summary, new SKRect(edges[0], top, edges[1], bottom), ColumnAlign.Left, TextSizePoints);
        var account = $"{line.AccountCode} {line.AccountName}";
        var dimensions = string.Join("  ", new[] { line.Counterparty is { } c ? $"往来单位：{c}" : null, line.Project is { } p ? $"项目：{p}" : null }.OfType<string>());
        if (dimensions.Length == 0)
        {
            sheet.Text(account, new SKRect(edges[1], top, edges[2], bottom), ColumnAlign.Left, TextSizePoints);
        }
        else
        {
            var middle = top + (height * 0.55f);
            sheet.Text(account, new SKRect(edges[1], top, edges[2], middle), ColumnAlign.Left, TextSizePoints);
            sheet.Text(dimensions, new SKRect(edges[1], middle, edges[2], bottom), ColumnAlign.Left, DimensionSizePoints);
        }
        if (!line.Debit.IsZero)
        {
            sheet.Text(line.Debit.ToDisplayString(), new SKRect(edges[2], top, edges[3], bottom), ColumnAlign.Right, TextSizePoints, colour);
        }
        if (!line.Credit.IsZero)
        {
            sheet.Text(line.Credit.ToDisplayString(), new SKRect(edges[3], top, edges[4], bottom), ColumnAlign.Right, TextSizePoints, colour);
        }
    }
}
