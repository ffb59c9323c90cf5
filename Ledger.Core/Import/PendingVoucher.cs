using Ledger.Core.Books;

namespace Ledger.Core.Import;

/// <summary>The rows of a sheet that make one voucher: same book, voucher number and date.</summary>
internal sealed class PendingVoucher(int firstRow, BookRef? book, DateOnly date, string number)
{
    public int FirstRow { get; } = firstRow;

    /// <summary>Null when the row named no book and the import was given none.</summary>
    public BookRef? Book { get; } = book;

    public DateOnly Date { get; } = date;

    public string Number { get; } = number;

    public string Summary { get; set; } = "";

    public int Attachments { get; set; }

    /// <summary>决议编号, from the first row that gives one.</summary>
    public string? Resolution { get; set; }

    public List<PendingLine> Lines { get; } = [];

    /// <summary>Set when a row of the voucher had a cell error, so that the voucher is not checked further.</summary>
    public bool HasCellErrors { get; set; }
}
