using Ledger.Core;
using Ledger.Core.Print;

namespace Ledger.Cli.Rendering.Pdf;

/// <summary>
/// Breaks a printed table into pages of a fixed number of rows, with 过次页 at the foot of every page but the last
/// and 承前页 at the head of every page but the first (会计基础工作规范 §61). The carries are worked out in one pass
/// over the rows, in exact fen.
/// </summary>
internal static class TablePages
{
    public const string CarriedForwardLabel = "过次页";

    public const string BroughtForwardLabel = "承前页";

    /// <summary>The pages of <paramref name="table"/>, each at most <paramref name="rowsPerPage"/> rows with its carries.</summary>
    /// <param name="lastPageReservedRows">Rows' worth of room the last page keeps free for the signature line.</param>
    /// <exception cref="ArgumentOutOfRangeException">When a page holds too few rows for a carry, a row and the signatures.</exception>
    public static IReadOnlyList<TablePage> Of(PrintedTable table, int rowsPerPage, int lastPageReservedRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerPage, lastPageReservedRows + 3);
        var carry = new Carry(table);
        var pages = new List<TablePage>();
        var count = table.Rows.Count;
        var start = 0;
        PrintedRow? broughtForward = null;
        while (true)
        {
            var room = rowsPerPage - (broughtForward is null ? 0 : 1);
            if (count - start <= room - lastPageReservedRows)
            {
                pages.Add(new TablePage(start, count, broughtForward, null));
                return pages;
            }
            // Keep at least one row for the last page, so that its signatures never stand under a bare 承前页.
            var end = Math.Min(start + room - 1, count - 1);
            carry.Over(table.Rows, start, end);
            pages.Add(new TablePage(start, end, broughtForward, carry.Row(CarriedForwardLabel)));
            broughtForward = carry.Row(BroughtForwardLabel);
            start = end;
        }
    }

    /// <summary>The column a carry row's label stands in: the widest left-aligned column that carries nothing (摘要).</summary>
    public static int LabelColumn(PrintedTable table)
    {
        var candidates = table.Columns.Select((c, i) => (Column: c, Index: i))
            .Where(c => c.Column.Align == ColumnAlign.Left && c.Column.Carry == ColumnCarry.None).ToList();
        return candidates.Count == 0 ? 0 : candidates.MaxBy(c => c.Column.WidthTenths).Index;
    }

    /// <summary>What the carry rows show, as the rows so far leave it: month sums in fen, and the last entry's cells.</summary>
    private sealed class Carry(PrintedTable table)
    {
        private readonly long[] _monthSumsFen = new long[table.Columns.Count];
        private readonly PrintedCell?[] _last = new PrintedCell?[table.Columns.Count];
        private readonly int _labelColumn = LabelColumn(table);

        public void Over(IReadOnlyList<PrintedRow> rows, int start, int end)
        {
            for (var r = start; r < end; r++)
            {
                var row = rows[r];
                if (row.Kind == PrintedRowKind.MonthTotal)
                {
                    Array.Clear(_monthSumsFen);
                    continue;
                }
                if (row.Kind is not (PrintedRowKind.Entry or PrintedRowKind.Opening))
                {
                    continue;
                }
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var cell = c < row.Cells.Count ? row.Cells[c] : PrintedCell.Blank;
                    if (table.Columns[c].Carry == ColumnCarry.MonthSum && row.Kind == PrintedRowKind.Entry && cell.Amount is { } amount)
                    {
                        _monthSumsFen[c] = checked(_monthSumsFen[c] + amount.Fen);
                    }
                    else if (table.Columns[c].Carry == ColumnCarry.Last)
                    {
                        _last[c] = cell;
                    }
                }
            }
        }

        public PrintedRow Row(string label) => new(PrintedRowKind.Carry, table.Columns.Select((column, c) => column.Carry switch
        {
            ColumnCarry.MonthSum => new PrintedCell(Money.FromFen(_monthSumsFen[c]).ToDisplayString(), Money.FromFen(_monthSumsFen[c])),
            ColumnCarry.Last => _last[c] ?? PrintedCell.Blank,
            _ => c == _labelColumn ? PrintedCell.Of(label) : PrintedCell.Blank,
        }).ToList());
    }
}
