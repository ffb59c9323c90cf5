using Ledger.Core.Books;

namespace Ledger.Core.Import;

/// <summary>
/// Reads a voucher sheet's rows after its header into vouchers. A row with a voucher number (and date) starts a
/// voucher; a row with neither continues the one above; blank rows and sign-off footers (制表：… 审核：…) are skipped;
/// totals rows (合计, 小计, 本页合计, 累计, …) anywhere in the sheet are checked against the rows above and skipped.
/// Cell problems are collected with their row and column.
/// </summary>
internal sealed class VoucherAssembler(HeaderMap header, BookRef? defaultBook, List<ImportProblem> problems)
{
    private readonly Dictionary<(string Village, string Book), BookRef?> _books = new();
    private PendingVoucher? _current;
    private long _pageDebitFen;
    private long _pageCreditFen;
    private long _fileDebitFen;
    private long _fileCreditFen;

    /// <summary>Takes the next row; returns the voucher it completed, if any.</summary>
    public PendingVoucher? Take(SheetRow row)
    {
        if (row.IsBlank || RowKinds.IsFooter(row))
        {
            return null;
        }
        if (IsTotalsRow(row))
        {
            CheckTotals(row);
            return null;
        }
        var number = CellValues.Text(header.Cell(row, ImportField.Number));
        var dateCell = header.Cell(row, ImportField.Date);
        var hasDate = !CellValues.IsEmpty(dateCell);
        var startsVoucher = number.Length > 0 || hasDate;
        // A continuation row may leave the book columns empty, as it leaves the date and number: it is in the
        // book of the voucher it continues.
        var book = !startsVoucher && _current is not null && NamesNoBook(row) ? _current.Book : BookOf(row);
        PendingVoucher? completed = null;
        if (startsVoucher)
        {
            var date = ReadDate(row, dateCell);
            var continues = _current is not null && number == _current.Number && (!hasDate || date == _current.Date) && book == _current.Book;
            if (!continues)
            {
                if (number.Length == 0)
                {
                    Problem(row, ImportField.Number, "凭证号为空：每张凭证的第一行要写凭证号", "the voucher number is empty: the first row of each voucher gives its number");
                }
                completed = _current;
                _current = new PendingVoucher(row.Number, book, date ?? default, number) { HasCellErrors = date is null || number.Length == 0 };
            }
        }
        else if (_current is null)
        {
            Problem(row, ImportField.Number, "这一行没有凭证号和日期，上面也没有凭证可接续", "this row has neither voucher number nor date, and no voucher above it to continue");
            return null;
        }
        else if (book != _current.Book)
        {
            Problem(row, ImportField.Book, $"同一张凭证的分录分属两个账套（{_current.Book} 和 {book}）", $"one voucher's lines are in two books ({_current.Book} and {book})");
            _current.HasCellErrors = true;
        }
        AddLine(_current ?? throw new System.Diagnostics.UnreachableException("A row always belongs to a voucher by now."), row);
        return completed;
    }

    /// <summary>The last voucher of the sheet, once every row is read.</summary>
    public PendingVoucher? Finish()
    {
        var last = _current;
        _current = null;
        return last;
    }

    private void AddLine(PendingVoucher voucher, SheetRow row)
    {
        var summary = CellValues.Text(header.Cell(row, ImportField.Summary));
        if (voucher.Summary.Length == 0)
        {
            voucher.Summary = summary;
        }
        if (voucher.Resolution is null && CellValues.Text(header.Cell(row, ImportField.Resolution)) is { Length: > 0 } resolution)
        {
            voucher.Resolution = resolution;
        }
        if (header.Has(ImportField.Attachments) && voucher.Attachments == 0)
        {
            var count = CellValues.ToCount(header.Cell(row, ImportField.Attachments));
            if (count.IsRefused)
            {
                Problem(row, ImportField.Attachments, count.Refusals[0].Message);
                voucher.HasCellErrors = true;
            }
            else
            {
                voucher.Attachments = count.Value;
            }
        }
        var debit = ReadMoney(row, ImportField.Debit, voucher);
        var credit = ReadMoney(row, ImportField.Credit, voucher);
        _pageDebitFen += debit.Fen;
        _pageCreditFen += credit.Fen;
        _fileDebitFen += debit.Fen;
        _fileCreditFen += credit.Fen;
        voucher.Lines.Add(new PendingLine(row.Number,
            CellValues.Text(header.Cell(row, ImportField.AccountCode)),
            CellValues.Text(header.Cell(row, ImportField.AccountName)),
            debit, credit,
            NullIfEmpty(CellValues.Text(header.Cell(row, ImportField.Counterparty))),
            NullIfEmpty(CellValues.Text(header.Cell(row, ImportField.Project)))));
    }

    private Money ReadMoney(SheetRow row, ImportField field, PendingVoucher voucher)
    {
        var amount = CellValues.ToMoney(header.Cell(row, field));
        if (amount.IsRefused)
        {
            Problem(row, field, amount.Refusals[0].Message);
            voucher.HasCellErrors = true;
            return Money.Zero;
        }
        return amount.Value;
    }

    private DateOnly? ReadDate(SheetRow row, object? cell)
    {
        if (CellValues.IsEmpty(cell))
        {
            // A voucher whose own date was missing or wrong holds no date to pass on (its Date is the default,
            // which no readable date is), so the next one must give its own.
            if (_current is not null && _current.Date != default)
            {
                return _current.Date;
            }
            Problem(row, ImportField.Date, "日期为空", "the date is empty");
            return null;
        }
        var date = CellValues.ToDate(cell);
        if (date.IsRefused)
        {
            Problem(row, ImportField.Date, date.Refusals[0].Message);
            return null;
        }
        return date.Value;
    }

    private bool NamesNoBook(SheetRow row) =>
        CellValues.IsEmpty(header.Cell(row, ImportField.Village)) && CellValues.IsEmpty(header.Cell(row, ImportField.Book));

    /// <summary>The row's book from its 村编码 and 账套 columns, else the book the import was given.</summary>
    private BookRef? BookOf(SheetRow row)
    {
        var village = CellValues.Text(header.Cell(row, ImportField.Village));
        var kind = CellValues.Text(header.Cell(row, ImportField.Book));
        if (village.Length == 0 && kind.Length == 0)
        {
            if (defaultBook is null)
            {
                Problem(row, ImportField.Book, "没有指定账套：用 --book，或在文件中给出 村编码 和 账套 两列", "no book: give --book, or the columns 村编码 and 账套");
            }
            return defaultBook;
        }
        if (!_books.TryGetValue((village, kind), out var book))
        {
            // 账套 may hold a whole book name ("V001/collective") or only its kind next to 村编码.
            var parsed = BookRef.Parse(kind.Contains('/') ? kind : $"{village}/{kind}");
            book = parsed.IsRefused ? null : parsed.Value;
            if (parsed.IsRefused)
            {
                Problem(row, ImportField.Book, parsed.Refusals[0].Message);
            }
            _books[(village, kind)] = book;
        }
        if (book is { } named && defaultBook is { } given && named != given)
        {
            Problem(row, ImportField.Book, $"此行属于账套 {named}，与 --book {given} 不符", $"this row is in book {named}, not the --book {given}");
        }
        return book;
    }

    /// <summary>
    /// A row with no account (or the totals label where the account's name goes) and a totals label in some cell:
    /// WPS puts 合计 under the date, county systems under the summary or the account's name.
    /// </summary>
    private bool IsTotalsRow(SheetRow row)
    {
        var name = header.Cell(row, ImportField.AccountName);
        if (!CellValues.IsEmpty(header.Cell(row, ImportField.AccountCode)) || (!CellValues.IsEmpty(name) && !RowKinds.IsTotalsLabel(CellValues.Text(name))))
        {
            return false;
        }
        return row.Cells.OfType<string>().Any(RowKinds.IsTotalsLabel);
    }

    private void CheckTotals(SheetRow row)
    {
        var debit = CellValues.ToMoney(header.Cell(row, ImportField.Debit));
        var credit = CellValues.ToMoney(header.Cell(row, ImportField.Credit));
        if (debit.IsRefused || credit.IsRefused)
        {
            Problem(row, ImportField.Debit, (debit.IsRefused ? debit : credit).Refusals[0].Message);
            return;
        }
        var matchesPage = debit.Value.Fen == _pageDebitFen && credit.Value.Fen == _pageCreditFen;
        var matchesFile = debit.Value.Fen == _fileDebitFen && credit.Value.Fen == _fileCreditFen;
        if (!matchesPage && !matchesFile)
        {
            Problem(row, ImportField.Debit,
                $"合计行与上方分录不符：合计借方 {debit.Value}、贷方 {credit.Value}，上方分录借方 {Money.FromFen(_pageDebitFen)}、贷方 {Money.FromFen(_pageCreditFen)}",
                $"the totals row disagrees with the rows above: it says debit {debit.Value}, credit {credit.Value}; the rows sum to debit {Money.FromFen(_pageDebitFen)}, credit {Money.FromFen(_pageCreditFen)}");
        }
        _pageDebitFen = 0;
        _pageCreditFen = 0;
    }

    private void Problem(SheetRow row, ImportField field, string zh, string en) => Problem(row, field, new Text(zh, en));

    private void Problem(SheetRow row, ImportField field, Text message) => problems.Add(new ImportProblem(row.Number, header.Label(field), message));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
