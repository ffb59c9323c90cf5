using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Import;

/// <summary>The small imports that set a book up: sub-accounts, opening balances and budgets.</summary>
internal static class RegisterImports
{
    private sealed record AccountRow(int Row, string Code, string Name);

    /// <param name="AccountColumn">The column that names the account, as the file calls it, for the row's problems.</param>
    private sealed record OpeningRow(int Row, string Code, string Name, string AccountColumn, Money Debit, Money Credit, string? Counterparty, string? Project);

    private sealed record BudgetRow(int Row, BookRef Book, int Year, string Code, Money Amount);

    public static Result<IReadOnlyList<ImportedBook>> Accounts(UnitOfWork tx, string file, Stream content, BookRef book)
    {
        var rows = SheetTable.Read(file, content, [ImportField.AccountCode, ImportField.AccountName], (row, header, problems) =>
            new AccountRow(row.Number, CellValues.Text(header.Cell(row, ImportField.AccountCode)), CellValues.Text(header.Cell(row, ImportField.AccountName))));
        if (rows.IsRefused)
        {
            return Result<IReadOnlyList<ImportedBook>>.Refused(rows.Refusals);
        }
        var bookId = BookOfChart(tx, file, book, rows.Value.Select(r => (r.Row, r.Code, r.Name)));
        if (bookId.IsRefused)
        {
            return Result<IReadOnlyList<ImportedBook>>.Refused(bookId.Refusals);
        }
        var refusals = new List<Refusal>();
        var added = 0;
        // Parents first, so that a file may list 10201 and 1020101 in any order.
        foreach (var row in rows.Value.OrderBy(r => r.Code.Length).ThenBy(r => r.Row))
        {
            var code = AccountCode.Parse(row.Code);
            if (!code.IsRefused && Existing(tx, bookId.Value, book, code.Value, row) is { } existing)
            {
                // A chart export repeats the level-1 accounts and any sub-account already set up: the same account
                // under its own name is matched, not refused; under another account's name it is a mistake.
                refusals.AddRange(existing.Refusals.Select(r => new ImportProblem(row.Row, "科目名称", r.Message).ToRefusal(file)));
                continue;
            }
            var result = code.IsRefused ? Result<Account>.Refused(code.Refusals) : ChartDesk.Add(tx, book, code.Value, row.Name);
            refusals.AddRange(result.Refusals.Select(r => new ImportProblem(row.Row, "科目编码", r.Message).ToRefusal(file)));
            added += result.IsRefused ? 0 : 1;
        }
        return refusals.Count > 0
            ? Result<IReadOnlyList<ImportedBook>>.Refused(refusals.OrderBy(r => r.Message.En, StringComparer.Ordinal).ToList())
            : Result<IReadOnlyList<ImportedBook>>.Ok([new ImportedBook(book, 0, added)]);
    }

    /// <summary>
    /// The book's id, once the file's codes and names have been checked against the 2004 chart: a file keyed to it
    /// is refused whole, with one message, before any of its accounts is looked up in the book.
    /// </summary>
    private static Result<long> BookOfChart(UnitOfWork tx, string file, BookRef book, IEnumerable<(int Row, string Code, string Name)> rows)
    {
        var chartVersion = new ChartVersionCheck();
        foreach (var (row, code, name) in rows)
        {
            chartVersion.See(row, code, name, null);
        }
        if (chartVersion.Keyed2004(file) is { } keyed2004)
        {
            return Result<long>.Refused(keyed2004);
        }
        return VillageStore.FindBookId(tx, book) is { } bookId ? Result<long>.Ok(bookId) : ChartDesk.UnknownBook(book);
    }

    /// <summary>For a code the book already has: matched (no refusals), or refused when the name names another account.</summary>
    private static Result<AccountCode>? Existing(UnitOfWork tx, long bookId, BookRef book, AccountCode code, AccountRow row)
    {
        var context = new BookContext(book, BookChart.Load(tx, bookId), null);
        return context.Accounts.ContainsKey(code) ? context.Resolve(code.Value, row.Name) : null;
    }

    public static Result<IReadOnlyList<ImportedBook>> Opening(LedgerSession session, UnitOfWork tx, string file, Stream content, BookRef book, Month firstMonth)
    {
        var rows = SheetTable.Read(file, content, [], ReadOpeningRow, sums: [ImportField.Debit, ImportField.Credit], anyOf: [ImportField.AccountCode, ImportField.AccountName], nestedBy: ImportField.AccountCode);
        if (rows.IsRefused)
        {
            return Result<IReadOnlyList<ImportedBook>>.Refused(rows.Refusals);
        }
        var bookId = BookOfChart(tx, file, book, rows.Value.Select(r => (r.Row, r.Code, r.Name)));
        if (bookId.IsRefused)
        {
            return Result<IReadOnlyList<ImportedBook>>.Refused(bookId.Refusals);
        }
        var context = new BookContext(book, BookChart.Load(tx, bookId.Value), null);
        var resolved = new List<(OpeningRow Row, Account Account)>();
        var problems = new List<ImportProblem>();
        foreach (var row in rows.Value.Where(r => !r.Debit.IsZero || !r.Credit.IsZero))
        {
            var account = context.Resolve(row.Code, row.Name);
            if (account.IsRefused)
            {
                problems.Add(new ImportProblem(row.Row, row.AccountColumn, account.Refusals[0].Message));
                continue;
            }
            resolved.Add((row, context.Accounts[account.Value]));
        }
        var lines = new List<VoucherLine>();
        foreach (var (row, account) in resolved)
        {
            var below = resolved.Where(r => r.Account.IsLeaf && account.Code.IsAncestorOf(r.Account.Code)).ToList();
            if (account.IsLeaf || below.Count == 0)
            {
                lines.Add(new VoucherLine(account.Code, row.Debit, row.Credit, row.Counterparty, row.Project));
                continue;
            }
            // A 科目余额表 lists each level-1 account with its sub-accounts under it: the level-1 row repeats their
            // sum and is checked, not posted twice.
            var sum = below.Sum(r => r.Row.Debit.Fen - r.Row.Credit.Fen);
            if (row.Debit.Fen - row.Credit.Fen != sum)
            {
                problems.Add(new ImportProblem(row.Row, row.AccountColumn, new Text(
                    $"上级科目 {account.Code} {account.Name} 的余额 {Signed(row.Debit.Fen - row.Credit.Fen).Zh} 与其下明细科目之和 {Signed(sum).Zh} 不符",
                    $"the balance of {account.Code} {account.Name}, {Signed(row.Debit.Fen - row.Credit.Fen).En}, is not the sum of its sub-accounts below, {Signed(sum).En}")));
            }
        }
        if (problems.Count > 0)
        {
            return Result<IReadOnlyList<ImportedBook>>.Refused(ProblemReport.Refusals(file, problems));
        }
        var posted = session.Vouchers.PostOpening(tx, bookId.Value, firstMonth, lines);
        return posted.IsRefused
            ? Result<IReadOnlyList<ImportedBook>>.Refused(posted.Refusals.Select(r => Refusal.Of(r.Code, $"{file}: {r.Message.Zh}", $"{file}: {r.Message.En}")).ToList())
            : Result<IReadOnlyList<ImportedBook>>.Ok([new ImportedBook(book, 1, lines.Count)]);
    }

    private static Text Signed(long fen) => fen >= 0
        ? new Text($"借 {Money.FromFen(fen)}", $"debit {Money.FromFen(fen)}")
        : new Text($"贷 {Money.FromFen(-fen)}", $"credit {Money.FromFen(-fen)}");

    public static Result<IReadOnlyList<ImportedBook>> Budget(LedgerSession session, UnitOfWork tx, string file, Stream content)
    {
        var rows = SheetTable.Read(file, content, [ImportField.Book, ImportField.Year, ImportField.AccountCode, ImportField.Amount], ReadBudgetRow, sums: [ImportField.Amount]);
        if (rows.IsRefused)
        {
            return Result<IReadOnlyList<ImportedBook>>.Refused(rows.Refusals);
        }
        var problems = new List<ImportProblem>();
        var imported = new List<ImportedBook>();
        foreach (var group in rows.Value.GroupBy(r => (r.Book, r.Year)))
        {
            var (book, year) = group.Key;
            var first = group.First().Row;
            var bookId = VillageStore.FindBookId(tx, book);
            if (bookId is null)
            {
                problems.Add(new ImportProblem(first, "账套", ChartDesk.UnknownBook(book).Message));
                continue;
            }
            if (session.Check(LedgerAction.PrepareBudget, book.Village) is { } denied)
            {
                problems.Add(new ImportProblem(first, "账套", denied.Message));
                continue;
            }
            if (BudgetStore.IsApproved(tx, bookId.Value, year))
            {
                problems.Add(new ImportProblem(first, "年度", new Text($"{book} {year} 年预算已审批，只能用 budget adjust 调整",
                    $"the {year} budget of {book} is approved; change it with 'budget adjust'")));
                continue;
            }
            var context = new BookContext(book, BookChart.Load(tx, bookId.Value), null);
            var lines = new Dictionary<long, long>();
            foreach (var row in group)
            {
                var account = context.Resolve(row.Code, "");
                if (account.IsRefused)
                {
                    problems.Add(new ImportProblem(row.Row, "科目编码", account.Refusals[0].Message));
                }
                else if (!lines.TryAdd(context.AccountIds[account.Value], row.Amount.Fen))
                {
                    problems.Add(new ImportProblem(row.Row, "科目编码", new Text($"科目 {row.Code} 在 {book} {year} 年预算中重复", $"account {row.Code} appears twice in the {year} budget of {book}")));
                }
            }
            BudgetStore.Replace(tx, bookId.Value, year, lines.Select(l => (l.Key, l.Value)), session.RequireActor().Id, session.NowUtc);
            imported.Add(new ImportedBook(book, 0, lines.Count));
        }
        return problems.Count > 0 ? Result<IReadOnlyList<ImportedBook>>.Refused(ProblemReport.Refusals(file, problems)) : Result<IReadOnlyList<ImportedBook>>.Ok(imported);
    }

    /// <summary>
    /// One balance, in either layout of the offices: 借方余额 + 贷方余额 (期初借方/期初贷方), or 方向 + 余额 (期初余额).
    /// </summary>
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
            var amountField = header.Has(ImportField.Amount) || !header.Has(ImportField.Balance) ? ImportField.Amount : ImportField.Balance;
            var amount = Amount(row, header, amountField, problems);
            var direction = CellValues.Text(header.Cell(row, ImportField.Direction));
            var isCredit = direction is "贷" or "贷方" or "credit" or "Cr";
            var isDebit = direction is "借" or "借方" or "debit" or "Dr";
            // 平 (or nothing) is the direction of a zero balance, which a 科目余额表 lists like any other.
            if (!isCredit && !isDebit && !(amount.IsZero && direction is "" or "平"))
            {
                problems.Problem(row, header, ImportField.Direction, new Text($"方向“{direction}”应为 借 或 贷", $"direction '{direction}' must be 借 or 贷"));
            }
            // A negative balance on its usual side is the same balance on the other side.
            (debit, credit) = (isCredit ^ amount.IsNegative) ? (Money.Zero, amount.Abs()) : (amount.Abs(), Money.Zero);
        }
        var code = CellValues.Text(header.Cell(row, ImportField.AccountCode));
        var column = header.Label(code.Length > 0 || !header.Has(ImportField.AccountName) ? ImportField.AccountCode : ImportField.AccountName);
        return new OpeningRow(row.Number, code, CellValues.Text(header.Cell(row, ImportField.AccountName)), column,
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
