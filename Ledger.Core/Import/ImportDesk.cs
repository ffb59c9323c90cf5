using System.Globalization;
using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;

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
        var warnings = new List<Text>();
        return Once("vouchers", options.Book, fileName, content, options.DryRun, warnings, byVillage: true, (tx, importId, file) =>
        {
            // The work may run again after a serialization failure; what an earlier attempt warned of goes with it.
            warnings.Clear();
            var run = new VoucherImportRun(session, tx, importId, options);
            var problems = run.Read(file, content, rowsRead);
            warnings.AddRange(run.Warnings);
            if (problems.Count == 0 && run.Counts.Count == 0)
            {
                // A sheet with a header and nothing under it is almost always the wrong sheet or an export gone
                // wrong; recording it as imported would also make the right file look like a duplicate of nothing.
                problems.Add(Refusal.Of("import.empty", $"{file}: 表头下没有任何凭证行", $"{file}: there are no voucher rows under the header"));
            }
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
        return Once("accounts", book, fileName, content, dryRun, [], byVillage: false, (tx, _, file) => RegisterImports.Accounts(tx, file, content, book));
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
        return Once("opening", book, fileName, content, dryRun, [], byVillage: false, (tx, _, file) => RegisterImports.Opening(session, tx, file, content, book, firstMonth));
    }

    /// <summary>Replaces the budgets of a sheet (账套, 年度, 科目编码, 预算金额) for every book and year it names.</summary>
    public Result<ImportReport> Budget(string fileName, Stream content, bool dryRun = false)
    {
        if (session.Check(LedgerAction.PrepareBudget) is { } denied)
        {
            return denied;
        }
        return Once("budget", null, fileName, content, dryRun, [], byVillage: false, (tx, _, file) => RegisterImports.Budget(session, tx, file, content));
    }

    /// <summary>
    /// Runs an import in one database transaction, once per file content: a file seen before imports nothing and
    /// says when and by whom; a refused or dry run leaves nothing behind.
    /// </summary>
    /// <param name="target">The book named on the command line: the same sheet into another book is another import.</param>
    /// <param name="warnings">Filled by the work with what the report should tell besides its counts.</param>
    /// <param name="byVillage">Whether the work holds each village it writes and may run beside other offices' (<see cref="ILedgerStore.WriteByVillage{T}"/>).</param>
    private Result<ImportReport> Once(string kind, BookRef? target, string fileName, Stream content, bool dryRun, IReadOnlyList<Text> warnings, bool byVillage, Func<UnitOfWork, long, string, Result<IReadOnlyList<ImportedBook>>> work)
    {
        var file = Path.GetFileName(fileName);
        var sha256 = FileHash.Sha256(content);
        var actor = session.RequireActor();
        Func<UnitOfWork, (Result<ImportReport>, bool)> once = tx =>
        {
            tx.HoldFile(sha256);
            var into = target?.ToString() ?? "";
            if (ImportStore.Find(tx, sha256, kind, into) is { } previous)
            {
                var before = new PreviousImport(DateTimeOffset.Parse(previous.ImportedUtc, CultureInfo.InvariantCulture), previous.ImportedBy, previous.FileName);
                return (Result<ImportReport>.Ok(new ImportReport(kind, file, sha256, dryRun, [], before, [])), false);
            }
            var importId = ImportStore.Insert(tx, sha256, kind, into, file, actor.Id, session.NowUtc);
            var result = work(tx, importId, file);
            if (result.IsRefused)
            {
                return (Result<ImportReport>.Refused(result.Refusals), false);
            }
            var books = result.Value.OrderBy(b => b.Book.ToString(), StringComparer.Ordinal).ToList();
            ImportStore.SetCounts(tx, importId, books.Sum(b => b.Vouchers), books.Sum(b => b.Lines));
            return (Result<ImportReport>.Ok(new ImportReport(kind, file, sha256, dryRun, books, null, warnings.ToList())), !dryRun);
        };
        return byVillage ? session.Store.WriteByVillage(once) : session.Store.WriteIf(once);
    }
}
