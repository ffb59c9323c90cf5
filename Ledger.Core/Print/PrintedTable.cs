namespace Ledger.Core.Print;

/// <summary>
/// A ruled document as an office prints and binds it (日记账, 明细账, 总账, 多栏账, the statutory statements): a title,
/// the lines under it, ruled columns, rows, and the signature lines at its foot. Builders in the domain make it;
/// renderers (PDF, HTML, XLSX) only lay it out, so that every format shows the same figures.
/// </summary>
/// <param name="Title">The document's name, centred above it (现金日记账).</param>
/// <param name="Heading">The lines between the title and the table (编制单位：…, 2024年1月至3月, 单位：元), in order.</param>
/// <param name="Columns">The ruled columns, left to right.</param>
/// <param name="Rows">The rows in print order; the renderer adds 承前页 and 过次页 where a page breaks.</param>
/// <param name="Signatures">The signature line's captions (会计主管, 记账, 制表), each printed with its name where known.</param>
public sealed record PrintedTable(
    string Title,
    IReadOnlyList<string> Heading,
    IReadOnlyList<PrintedColumn> Columns,
    IReadOnlyList<PrintedRow> Rows,
    IReadOnlyList<PrintedSignature> Signatures);
