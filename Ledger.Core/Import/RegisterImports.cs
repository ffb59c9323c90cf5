using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Import;

/// <summary>The small imports that set a book up: sub-accounts, opening balances and budgets.</summary>
internal static class RegisterImports
{
    private sealed record AccountRow(int Row, string Code, string Name);

    private sealed record OpeningRow(int Row, string Code, string Name, Money Debit, Money Credit, string? Counterparty, string? Project);

    private sealed record BudgetRow(int Row, BookRef Book, int Year, string Code, Money Amount);

    public static Result<IReadOnlyList<ImportedBook>> Accounts(SqliteTransaction tx, string file, Stream content, BookRef book)
    {
        var rows = SheetTable.Read(file, content, [ImportField.AccountCode, ImportField.AccountName], (row, header, problems) =>
            new AccountRow(row.Number, CellValues.Text(header.Cell(row, ImportField.AccountCode)), CellValues.Text(header.Cell(row, ImportField.AccountName))));
        if (rows.IsRefused)
        {
            return Result<IReadOnlyList<ImportedBook>>.Refused(rows.Refusals);
        }
        var refusals = new List<Refusal>();
        // Parents first, so that a file may list 10201 and 1020101 in any order.
        foreach (var row in rows.Value.OrderBy(r => r.Code.Length).ThenBy(r => r.Row))
        {
            var code = AccountCode.Parse(row.Code);
            var added = code.IsRefused ? Result<Account>.Refused(code.Refusals) : ChartKeeper.Add(tx, book, code.Value, row.Name);
            refusals.AddRange(added.Refusals.Select(r => Refusal.Of(r.Code, $"{file}:{row.Row}: 科目编码: {r.Message.Zh}", $"{file}:{row.Row}: 科目编码: {r.Message.En}")));
        }
        return refusals.Count > 0
            ? Result<IReadOnlyList<ImportedBook>>.Refused(refusals.OrderBy(r => r.Message.En, StringComparer.Ordinal).ToList())
            : Result<IReadOnlyList<ImportedBook>>.Ok([new ImportedBook(book, 0, rows.Value.Count)]);
    }

    public static Result<IReadOnlyList<ImportedBook>> Opening(LedgerSession session, SqliteTransaction tx, string file, Stream content, BookRef book, Month firstMonth)
    {
        var rows = SheetTable.Read(file, content, [ImportField.AccountCode], ReadOpeningRow);
        if (rows.IsRefused)
        {
            return Result<IReadOnlyList<ImportedBook>>.Refused(rows.Refusals);
        }
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return ChartKeeper.UnknownBook(book);
        }
        var context = new BookContext(book, bookId.Value, AccountStore.Chart(tx, bookId.Value), null);
        var lines = new List<VoucherLine>();
        var refusals = new List<Refusal>();
        foreach (var row in rows.Value.Where(r => !r.Debit.IsZero || !r.Credit.IsZero))
        {
            var account = context.Resolve(row.Code, row.Name);
            if (account.IsRefused)
            {
                refusals.Add(new ImportProblem(row.Row, "科目编码", account.Refusals[0].Message).ToRefusal(file));
                continue;
            }
            lines.Add(new VoucherLine(account.Value, row.Debit, row.Credit, row.Counterparty, row.Project));
        }
        if (refusals.Count > 0)
        {
            return Result<IReadOnlyList<ImportedBook>>.Refused(refusals);
        }
        var posted = session.Vouchers.PostOpening(tx, bookId.Value, firstMonth, lines);
        return posted.IsRefused
            ? Result<IReadOnlyList<ImportedBook>>.Refused(posted.Refusals.Select(r => Refusal.Of(r.Code, $"{file}: {r.Message.Zh}", $"{file}: {r.Message.En}")).ToList())
            : Result<IReadOnlyList<ImportedBook>>.Ok([new ImportedBook(book, 1, lines.Count)]);
    }

    public static Result<IReadOnlyList<ImportedBook>> Budget(LedgerSession session, SqliteTransaction tx, string file, Stream content)
    {
        var rows = SheetTable.Read(file, content, [ImportField.Book, ImportField.Year, ImportField.AccountCode, ImportField.Amount], ReadBudgetRow);
        if (rows.IsRefused)
        {
            return Result<IReadOnlyList<ImportedBook>>.Refused(rows.Refusals);
        }
        var refusals = new List<Refusal>();
        var imported = new List<ImportedBook>();
        foreach (var group in rows.Value.GroupBy(r => (r.Book, r.Year)))
        {
            var (book, year) = group.Key;
            var first = group.First().Row;
            var bookId = VillageStore.FindBookId(tx, book);
            if (bookId is null)
            {
                refusals.Add(new ImportProblem(first, "账套", ChartKeeper.UnknownBook(book).Message).ToRefusal(file));
                continue;
            }
            if (session.Check(LedgerAction.PrepareBudget, book.Village) is { } denied)
            {
                refusals.Add(new ImportProblem(first, "账套", denied.Message).ToRefusal(file));
                continue;
            }
            if (BudgetStore.IsApproved(tx, bookId.Value, year))
            {
                refusals.Add(new ImportProblem(first, "年度", new Text($"{book} {year} 年预算已审批，只能用 budget adjust 调整",
                    $"the {year} budget of {book} is approved; change it with 'budget adjust'")).ToRefusal(file));
                continue;
            }
            var context = new BookContext(book, bookId.Value, AccountStore.Chart(tx, bookId.Value), null);
            var lines = new Dictionary<long, long>();
            foreach (var row in group)
            {
                var account = context.Resolve(row.Code, "");
                if (account.IsRefused)
                {
                    refusals.Add(new ImportProblem(row.Row, "科目编码", account.Refusals[0].Message).ToRefusal(file));
                }
                else if (!lines.TryAdd(context.AccountIds[account.Value], row.Amount.Fen))
                {
                    refusals.Add(new ImportProblem(row.Row, "科目编码", new Text($"科目 {row.Code} 在 {book} {year} 年预算中重复", $"account {row.Code} appears twice in the {year} budget of {book}")).ToRefusal(file));
                }
            }
            BudgetStore.Replace(tx, bookId.Value, year, lines.Select(l => (l.Key, l.Value)), session.RequireActor().Id, session.NowUtc);
            imported.Add(new ImportedBook(book, 0, lines.Count));
        }
        return refusals.Count > 0 ? Result<IReadOnlyList<ImportedBook>>.Refused(refusals) : Result<IReadOnlyList<ImportedBook>>.Ok(imported);
    }

    private static OpeningRow? ReadOpeningRow(SheetRow row, HeaderMap header, List<ImportProblem> problems)
    {
        Money debit;
        Money credit;
        if (header.Has(ImportField.Debit) || header.Has(ImportField.Credit))
        {
            debit = Amount(row, header, ImportField.Debit, problems);
            credit = Amount(row, header, ImportField.Credit, problems);
        }
        else
        {
            var amount = Amount(row, header, ImportField.Amount, problems);
            var direction = CellValues.Text(header.Cell(row, ImportField.Direction));
            var isCredit = direction is "贷" or "credit" or "Cr";
            if (!isCredit && direction is not ("借" or "debit" or "Dr"))
            {
                problems.Problem(row, header, ImportField.Direction, new Text($"方向“{direction}”应为 借 或 贷", $"direction '{direction}' must be 借 or 贷"));
            }
            // A negative balance on its usual side is the same balance on the other side.
            (debit, credit) = (isCredit ^ amount.IsNegative) ? (Money.Zero, amount.Abs()) : (amount.Abs(), Money.Zero);
        }
        return new OpeningRow(row.Number, CellValues.Text(header.Cell(row, ImportField.AccountCode)), CellValues.Text(header.Cell(row, ImportField.AccountName)),
            debit, credit, NullIfEmpty(CellValues.Text(header.Cell(row, ImportField.Counterparty))), NullIfEmpty(CellValues.Text(header.Cell(row, ImportField.Project))));
    }

    private static BudgetRow? ReadBudgetRow(SheetRow row, HeaderMap header, List<ImportProblem> problems)
    {
        var bookText = CellValues.Text(header.Cell(row, ImportField.Book));
        var village = CellValues.Text(header.Cell(row, ImportField.Village));
        var book = BookRef.Parse(bookText.Contains('/') || village.Length == 0 ? bookText : $"{village}/{bookText}");
        if (book.IsRefused)
        {
            problems.Problem(row, header, ImportField.Book, book.Refusals[0].Message);
        }
        var yearText = CellValues.Text(header.Cell(row, ImportField.Year));
        if (!int.TryParse(yearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year is < Month.YearMin or > Month.YearMax)
        {
            problems.Problem(row, header, ImportField.Year, new Text($"“{yearText}”不是年度", $"'{yearText}' is not a year"));
        }
        var amount = Amount(row, header, ImportField.Amount, problems);
        if (amount.IsNegative)
        {
            problems.Problem(row, header, ImportField.Amount, new Text("预算金额不能为负数", "a budget amount is never negative"));
        }
        return book.IsRefused ? null : new BudgetRow(row.Number, book.Value, year, CellValues.Text(header.Cell(row, ImportField.AccountCode)), amount);
    }

    private static Money Amount(SheetRow row, HeaderMap header, ImportField field, List<ImportProblem> problems)
    {
        var amount = CellValues.ToMoney(header.Cell(row, field));
        if (amount.IsRefused)
        {
            problems.Problem(row, header, field, amount.Refusals[0].Message);
            return Money.Zero;
        }
        return amount.Value;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
