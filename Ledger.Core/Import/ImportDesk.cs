using System.Globalization;
using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Import;

/// <summary>
/// Imports a clerk's voucher sheet whole or not at all: one database transaction, every problem of the file
/// reported at once by row and column, the same file never twice, memory flat however long the file is.
/// </summary>
public sealed class ImportDesk(LedgerSession session)
{
    /// <summary>Problems listed before the rest are only counted: a file this wrong needs a look, not a list.</summary>
    public const int ProblemsListedMax = 500;

    private static readonly ImportField[] RequiredFields = [ImportField.Debit, ImportField.Credit];

    /// <param name="fileName">The name errors cite; the extension decides how the content is read.</param>
    /// <param name="content">A seekable stream of the file, read twice: once for its hash, once for its rows.</param>
    /// <param name="rowsRead">Told the number of rows read so far, for a progress bar.</param>
    public Result<ImportReport> Vouchers(string fileName, Stream content, VoucherImportOptions options, IProgress<int>? rowsRead = null)
    {
        if (session.Check(LedgerAction.PrepareVoucher, options.Book?.Village) is { } denied)
        {
            return denied;
        }
        return Once("vouchers", fileName, content, options.DryRun, (tx, importId, file) =>
        {
            var run = new VoucherImportRun(session, tx, session.RequireActor(), importId, session.NowUtc, options);
            var problems = run.Read(file, content, rowsRead);
            return problems.Count > 0
                ? Result<IReadOnlyList<ImportedBook>>.Refused(problems)
                : Result<IReadOnlyList<ImportedBook>>.Ok(run.Counts.Select(c => new ImportedBook(c.Key, c.Value.Vouchers, c.Value.Lines)).ToList());
        });
    }

    /// <summary>Adds the sub-accounts of a sheet (科目编码, 科目名称) to one book, parents before children.</summary>
    public Result<ImportReport> Accounts(string fileName, Stream content, BookRef book, bool dryRun = false)
    {
        if (session.Check(LedgerAction.ManageAccounts, book.Village) is { } denied)
        {
            return denied;
        }
        return Once("accounts", fileName, content, dryRun, (tx, _, file) => RegisterImports.Accounts(tx, file, content, book));
    }

    /// <summary>
    /// Posts a book's opening balances from a sheet (科目编码, and 借方金额/贷方金额 or 方向 with 期初余额) as of the
    /// start of <paramref name="firstMonth"/>. The balances must balance.
    /// </summary>
    public Result<ImportReport> Opening(string fileName, Stream content, BookRef book, Periods.Month firstMonth, bool dryRun = false)
    {
        if (session.Check(LedgerAction.EnterOpeningBalances, book.Village) is { } denied)
        {
            return denied;
        }
        return Once("opening", fileName, content, dryRun, (tx, _, file) => RegisterImports.Opening(session, tx, file, content, book, firstMonth));
    }

    /// <summary>Replaces the budgets of a sheet (账套, 年度, 科目编码, 预算金额) for every book and year it names.</summary>
    public Result<ImportReport> Budget(string fileName, Stream content, bool dryRun = false)
    {
        if (session.Check(LedgerAction.PrepareBudget) is { } denied)
        {
            return denied;
        }
        return Once("budget", fileName, content, dryRun, (tx, _, file) => RegisterImports.Budget(session, tx, file, content));
    }

    /// <summary>
    /// Runs an import in one database transaction, once per file content: a file seen before imports nothing and
    /// says when and by whom; a refused or dry run leaves nothing behind.
    /// </summary>
    private Result<ImportReport> Once(string kind, string fileName, Stream content, bool dryRun, Func<SqliteTransaction, long, string, Result<IReadOnlyList<ImportedBook>>> work)
    {
        var file = Path.GetFileName(fileName);
        var sha256 = FileHash.Sha256(content);
        var actor = session.RequireActor();
        return session.Database.WriteIf(tx =>
        {
            if (ImportStore.Find(tx, sha256) is { } previous)
            {
                var before = new PreviousImport(DateTimeOffset.Parse(previous.ImportedUtc, CultureInfo.InvariantCulture), previous.ImportedBy, previous.FileName);
                return (Result<ImportReport>.Ok(new ImportReport(kind, file, sha256, dryRun, [], before)), false);
            }
            var importId = ImportStore.Insert(tx, sha256, kind, file, actor.Id, session.NowUtc);
            var result = work(tx, importId, file);
            if (result.IsRefused)
            {
                return (Result<ImportReport>.Refused(result.Refusals), false);
            }
            var books = result.Value.OrderBy(b => b.Book.ToString(), StringComparer.Ordinal).ToList();
            ImportStore.SetCounts(tx, importId, books.Sum(b => b.Vouchers), books.Sum(b => b.Lines));
            return (Result<ImportReport>.Ok(new ImportReport(kind, file, sha256, dryRun, books, null)), !dryRun);
        });
    }

    /// <summary>One import inside its database transaction.</summary>
    /// <param name="nowUtc">The one instant every voucher of the import is recorded at.</param>
    private sealed class VoucherImportRun(LedgerSession session, SqliteTransaction tx, User actor, long importId, DateTimeOffset nowUtc, VoucherImportOptions options)
    {
        private readonly Dictionary<BookRef, BookContext?> _books = new();
        // Keys of the vouchers read so far, as 64-bit hashes so that a million vouchers cost megabytes, not hundreds.
        private readonly HashSet<long> _seen = new();
        private readonly List<ImportProblem> _problems = [];
        private HeaderMap _header = null!;

        public Dictionary<BookRef, (int Vouchers, int Lines)> Counts { get; } = new();

        public List<Refusal> Read(string file, Stream content, IProgress<int>? rowsRead)
        {
            try
            {
                using var sheet = Sheets.Open(file, content);
                var header = HeaderMap.Find(sheet, RequiredFields);
                if (header is null || (!header.Has(ImportField.AccountCode) && !header.Has(ImportField.AccountName)) || !header.Has(ImportField.Number) || !header.Has(ImportField.Date))
                {
                    return [MissingHeader(file)];
                }
                _header = header;
                using var writer = new VoucherWriter(tx);
                var assembler = new VoucherAssembler(header, options.Book, _problems);
                while (sheet.Next(out var row))
                {
                    if (assembler.Take(row) is { } voucher)
                    {
                        Accept(voucher, writer);
                    }
                    if (row.Number % 1000 == 0)
                    {
                        rowsRead?.Report(row.Number);
                    }
                }
                if (assembler.Finish() is { } last)
                {
                    Accept(last, writer);
                }
            }
            catch (UnreadableFileException e)
            {
                return [Refusal.Of("import.unreadable", $"{file}: {e.Reason.Zh}", $"{file}: {e.Reason.En}")];
            }
            var refusals = _problems.OrderBy(p => p.Row).Take(ProblemsListedMax).Select(p => p.ToRefusal(file)).ToList();
            if (_problems.Count > ProblemsListedMax)
            {
                refusals.Add(Refusal.Of("import.more", $"{file}: 另有 {_problems.Count - ProblemsListedMax} 个问题未列出", $"{file}: {_problems.Count - ProblemsListedMax} more problems not listed"));
            }
            return refusals;
        }

        /// <summary>FNV-1a over the key's characters: 64 bits make a false match within one file vanishingly rare.</summary>
        private static long VoucherKeyHash(BookRef book, string number, DateOnly date)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in $"{book}\u0001{number}\u0001{date.DayNumber}")
            {
                hash = unchecked((hash ^ c) * 1099511628211UL);
            }
            return unchecked((long)hash);
        }

        private static Refusal MissingHeader(string file) => Refusal.Of("import.header",
            $"{file}: 表头: 找不到表头行：需要 日期、凭证号、科目编码（或科目名称）、借方金额、贷方金额 各列",
            $"{file}: header: no header row found: the columns 日期, 凭证号, 科目编码 (or 科目名称), 借方金额 and 贷方金额 are required");

        private void Accept(PendingVoucher pending, VoucherWriter writer)
        {
            if (pending.Book is not { } book)
            {
                return;
            }
            var context = Book(book, pending.FirstRow);
            if (context is null)
            {
                return;
            }
            if (!_seen.Add(VoucherKeyHash(book, pending.Number, pending.Date)))
            {
                Problem(pending.FirstRow, ImportField.Number, $"凭证号 {pending.Number}（{pending.Date:yyyy-MM-dd}）在文件中出现了两次：同一张凭证的分录要连在一起",
                    $"voucher number {pending.Number} ({pending.Date:yyyy-MM-dd}) appears twice in the file: one voucher's rows must be together");
                return;
            }
            // Accounts are looked up even in a voucher with a bad cell, so that one run names every problem.
            var draft = Draft(pending, context, book);
            if (draft is null || pending.HasCellErrors)
            {
                return;
            }
            var problems = context.Validator.Problems(draft);
            foreach (var problem in problems)
            {
                var line = problem.LineIndex is { } index ? pending.Lines[index] : null;
                Problem(line?.Row ?? pending.FirstRow, ColumnOf(problem, line is null ? null : draft.Lines[problem.LineIndex!.Value], context), problem.Message);
            }
            if (problems.Count > 0 || !NotDuplicate(pending, draft, context, writer) || _problems.Count > 0)
            {
                return;
            }
            writer.Insert(context.Id, draft, VoucherKind.Normal, VoucherStatus.Submitted, null, context.AccountIds, actor, nowUtc, importId);
            var count = Counts.GetValueOrDefault(book);
            Counts[book] = (count.Vouchers + 1, count.Lines + draft.Lines.Count);
        }

        private VoucherDraft? Draft(PendingVoucher pending, BookContext context, BookRef book)
        {
            var lines = new List<VoucherLine>(pending.Lines.Count);
            foreach (var line in pending.Lines)
            {
                var account = context.Resolve(line.AccountCode, line.AccountName);
                if (account.IsRefused)
                {
                    Problem(line.Row, line.AccountCode.Length > 0 || !_header.Has(ImportField.AccountName) ? ImportField.AccountCode : ImportField.AccountName, account.Refusals[0].Message);
                    continue;
                }
                lines.Add(new VoucherLine(account.Value, line.Debit, line.Credit, line.Counterparty, line.Project));
            }
            return lines.Count == pending.Lines.Count
                ? new VoucherDraft(book, pending.Date, pending.Summary, lines, pending.Number, pending.Attachments)
                : null;
        }

        private bool NotDuplicate(PendingVoucher pending, VoucherDraft draft, BookContext context, VoucherWriter writer)
        {
            if (options.AllowDuplicates || writer.FindDuplicate(context.Id, pending.Number, pending.Date, draft.Lines.Sum(l => l.Debit.Fen)) is not { } existing)
            {
                return true;
            }
            Problem(pending.FirstRow, ImportField.Number,
                $"凭证 {pending.Number}（{pending.Date:yyyy-MM-dd}）已在账套中（凭证 {existing}）；确需重复导入请用 --allow-duplicates",
                $"voucher {pending.Number} ({pending.Date:yyyy-MM-dd}) is already in the book as voucher {existing}; use --allow-duplicates if it really is another one");
            return false;
        }

        private BookContext? Book(BookRef book, int row)
        {
            if (!_books.TryGetValue(book, out var context))
            {
                var id = VillageStore.FindBookId(tx, book);
                context = id is null ? null : new BookContext(book, id.Value, AccountStore.Chart(tx, id.Value), session.Check(LedgerAction.PrepareVoucher, book.Village));
                _books[book] = context;
                if (id is null)
                {
                    Problem(row, ImportField.Book, $"没有账套 {book}", $"there is no book {book}");
                }
            }
            if (context?.Denied is { } denied)
            {
                Problem(row, ImportField.Book, denied.Message);
                return null;
            }
            return context;
        }

        private ImportField ColumnOf(VoucherProblem problem, VoucherLine? line, BookContext context) => problem.Code switch
        {
            "line.side" or "line.negative" => line is { Debit.IsZero: true } ? ImportField.Credit : ImportField.Debit,
            "line.account-unknown" or "line.account-not-leaf" or "line.account-inactive" =>
                _header.Has(ImportField.AccountCode) ? ImportField.AccountCode : ImportField.AccountName,
            "line.dimension" => line is not null && context.Accounts.TryGetValue(line.Account, out var account) && account.Dimension == DimensionRequirement.Project
                ? ImportField.Project : ImportField.Counterparty,
            "voucher.summary" => ImportField.Summary,
            "voucher.attachments" => ImportField.Attachments,
            "voucher.lines" or "voucher.source-ref" => ImportField.Number,
            _ => ImportField.Debit,
        };

        private void Problem(int row, ImportField field, string zh, string en) => Problem(row, field, new Text(zh, en));

        private void Problem(int row, ImportField field, Text message) => _problems.Add(new ImportProblem(row, _header.Label(field), message));
    }
}
