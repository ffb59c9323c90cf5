using Ledger.Core.Print;
using SkiaSharp;

namespace Ledger.Cli.Rendering.Pdf;

/// <summary>
/// Lays printed tables (日记账, 明细账, 总账, statements) out as one PDF: each table from a new page, its title and
/// heading and column captions on every page, ruled rows, 过次页 and 承前页 where a page breaks, page numbers, and the
/// signature line under the last row. Pages go to the output as they are finished, so memory holds one page at a time.
/// </summary>
internal static class PdfTableWriter
{
    private const float TitleSizePoints = 16;
    private const float TitleHeightPoints = 30;
    private const float HeadingSizePoints = 9;
    private const float HeadingHeightPoints = 15;
    private const float CaptionSizePoints = 9;
    private const float CaptionHeightPoints = 20;
    private const float BodySizePoints = 8.5f;
    private const float RowHeightPoints = 16;
    private const float FooterHeightPoints = 16;
    private const float SignatureHeightPoints = 24;

    /// <summary>A heading of up to this many lines is set on one line (编制单位 left, period centre, 单位：元 right).</summary>
    private const int HeadingOnOneLineMax = 3;

    private static readonly SKColor CaptionShade = new(0xEE, 0xEE, 0xEE);

    /// <summary>Writes <paramref name="documents"/> to <paramref name="output"/> as one PDF, each table starting a new page.</summary>
    /// <param name="pageWritten">Called once each page is finished, for a progress bar (<see cref="PageCount"/> is its total).</param>
    /// <exception cref="ArgumentException">When there is no table to write, or a table's rows do not match its columns.</exception>
    /// <exception cref="PdfFontMissingException">When no CJK font that can be embedded is installed.</exception>
    public static void Write(IReadOnlyList<PrintedTable> documents, Stream output, PageOptions options, Action? pageWritten = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(documents.Count);
        foreach (var table in documents)
        {
            if (table.Rows.FirstOrDefault(r => r.Cells.Count != table.Columns.Count) is { } wrong)
            {
                throw new ArgumentException($"A row of '{table.Title}' has {wrong.Cells.Count} cells for {table.Columns.Count} columns.", nameof(documents));
            }
        }
        var typeface = PdfFont.Open(options.FontFile);
        using var pdf = PdfDocuments.Open(output, documents[0].Title);
        foreach (var table in documents)
        {
            WriteTable(pdf, typeface, table, options, pageWritten);
        }
        pdf.Close();
    }

    /// <summary>The pages <see cref="Write"/> will write for <paramref name="documents"/>, for a progress bar.</summary>
    public static int PageCount(IReadOnlyList<PrintedTable> documents, PageOptions options) => documents.Sum(t => PagesOf(t, options).Count);

    private static float CaptionHeight(PrintedTable table) =>
        table.Columns.Any(c => c.Header.Contains('/', StringComparison.Ordinal)) ? CaptionHeightPoints * 1.5f : CaptionHeightPoints;

    private static IReadOnlyList<TablePage> PagesOf(PrintedTable table, PageOptions options)
    {
        var content = options.ContentPoints;
        var bodyTop = content.Top + TitleHeightPoints + (HeadingLines(table).Count * HeadingHeightPoints) + CaptionHeight(table);
        var rowsPerPage = (int)((content.Bottom - FooterHeightPoints - bodyTop) / RowHeightPoints);
        var signatureRows = table.Signatures.Count == 0 ? 0 : (int)Math.Ceiling(SignatureHeightPoints / RowHeightPoints);
        return TablePages.Of(table, rowsPerPage, signatureRows);
    }

    private static void WriteTable(SKDocument pdf, SKTypeface typeface, PrintedTable table, PageOptions options, Action? pageWritten)
    {
        var content = options.ContentPoints;
        var captionHeight = CaptionHeight(table);
        var pages = PagesOf(table, options);
        var edges = ColumnEdges(table, content);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            using var sheet = new PdfSheet(pdf.BeginPage(options.SizePoints.Width, options.SizePoints.Height), typeface);
            var y = content.Top;
            DrawTitle(sheet, table.Title, new SKRect(content.Left, y, content.Right, y + TitleHeightPoints));
            y += TitleHeightPoints;
            foreach (var line in HeadingLines(table))
            {
                var box = new SKRect(content.Left, y, content.Right, y + HeadingHeightPoints);
                for (var i = 0; i < line.Count; i++)
                {
                    sheet.Text(line[i].Text, box, line[i].Align, HeadingSizePoints);
                }
                y += HeadingHeightPoints;
            }
            var tableTop = y;
            DrawCaptions(sheet, table, edges, y, captionHeight);
            y += captionHeight;
            var rows = Enumerable.Empty<PrintedRow>();
            if (page.BroughtForward is { } broughtForward)
            {
                rows = rows.Append(broughtForward);
            }
            rows = rows.Concat(table.Rows.Skip(page.Start).Take(page.End - page.Start));
            if (page.CarriedForward is { } carriedForward)
            {
                rows = rows.Append(carriedForward);
            }
            foreach (var row in rows)
            {
                DrawRow(sheet, table, edges, row, y);
                y += RowHeightPoints;
            }
            foreach (var x in edges)
            {
                sheet.Line(x, tableTop, x, y);
            }
            sheet.Frame(new SKRect(edges[0], tableTop, edges[^1], y), 1f);
            if (p == pages.Count - 1)
            {
                sheet.Signatures(table.Signatures, new SKRect(content.Left, y + 4, content.Right, y + 4 + SignatureHeightPoints), HeadingSizePoints);
            }
            var footer = new SKRect(content.Left, content.Bottom - FooterHeightPoints, content.Right, content.Bottom);
            sheet.Text($"第 {p + 1} 页 共 {pages.Count} 页", footer, ColumnAlign.Centre, HeadingSizePoints);
            pdf.EndPage();
            pageWritten?.Invoke();
        }
    }

    /// <summary>The title, centred and double-underlined as the printed forms of books have it.</summary>
    internal static void DrawTitle(PdfSheet sheet, string title, SKRect box, SKColor? colour = null)
    {
        sheet.Text(title, box, ColumnAlign.Centre, TitleSizePoints, colour);
        var half = Math.Min(sheet.Width(title, TitleSizePoints), box.Width) / 2 + 6;
        var under = box.MidY + (TitleSizePoints * 0.62f);
        sheet.Line(box.MidX - half, under, box.MidX + half, under, 0.8f, colour);
        sheet.Line(box.MidX - half, under + 2, box.MidX + half, under + 2, 0.8f, colour);
    }

    /// <summary>Heading lines as they are set: up to three on one line (left, centre, right), more each on its own line.</summary>
    private static List<List<(string Text, ColumnAlign Align)>> HeadingLines(PrintedTable table)
    {
        if (table.Heading.Count == 0)
        {
            return [];
        }
        if (table.Heading.Count <= HeadingOnOneLineMax)
        {
            ColumnAlign[] aligns = table.Heading.Count switch
            {
                1 => [ColumnAlign.Left],
                2 => [ColumnAlign.Left, ColumnAlign.Right],
                _ => [ColumnAlign.Left, ColumnAlign.Centre, ColumnAlign.Right],
            };
            return [table.Heading.Select((h, i) => (h, aligns[i])).ToList()];
        }
        return table.Heading.Select(h => new List<(string, ColumnAlign)> { (h, ColumnAlign.Left) }).ToList();
    }

    private static float[] ColumnEdges(PrintedTable table, SKRect content)
    {
        var shares = table.Columns.Sum(c => c.WidthTenths);
        var edges = new float[table.Columns.Count + 1];
        edges[0] = content.Left;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            edges[i + 1] = edges[i] + (float)table.Columns[i].WidthTenths / shares * content.Width;
        }
        return edges;
    }

    private static void DrawCaptions(PdfSheet sheet, PrintedTable table, float[] edges, float top, float height)
    {
        sheet.Fill(new SKRect(edges[0], top, edges[^1], top + height), CaptionShade);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var parts = table.Columns[i].Header.Split('/', 2);
            var box = new SKRect(edges[i], top, edges[i + 1], top + height);
            if (parts.Length == 1)
            {
                sheet.Text(parts[0], box, ColumnAlign.Centre, CaptionSizePoints);
                continue;
            }
            sheet.Text(parts[0], new SKRect(box.Left, box.Top, box.Right, box.MidY), ColumnAlign.Centre, CaptionSizePoints);
            sheet.Text(parts[1], new SKRect(box.Left, box.MidY, box.Right, box.Bottom), ColumnAlign.Centre, CaptionSizePoints);
        }
        sheet.Line(edges[0], top + height, edges[^1], top + height, 0.8f);
    }

    private static void DrawRow(PdfSheet sheet, PrintedTable table, float[] edges, PrintedRow row, float top)
    {
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var box = new SKRect(edges[i], top, edges[i + 1], top + RowHeightPoints);
            sheet.Text(row.Cells[i].Text, box, table.Columns[i].Align, BodySizePoints);
        }
        // Totals are ruled above and below with a heavier line, as a book's 本月合计 is; other rows with a hairline.
        var ruled = row.Kind is PrintedRowKind.DayTotal or PrintedRowKind.MonthTotal or PrintedRowKind.YearTotal or PrintedRowKind.Total;
        if (ruled)
        {
            sheet.Line(edges[0], top, edges[^1], top, 1f);
        }
        sheet.Line(edges[0], top + RowHeightPoints, edges[^1], top + RowHeightPoints, ruled ? 1f : 0.4f);
    }
}
