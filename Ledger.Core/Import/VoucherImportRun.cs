using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Import;

/// <summary>
/// One voucher import inside its database transaction, on the machine's two cores: a reader thread parses,
/// assembles and validates the sheet against charts loaded up front, while this thread checks each voucher against
/// the store and writes it. Only this thread touches the connection. Writing stops at the first problem from either
/// side; reading goes on so that every problem of the file is reported; the caller rolls back.
/// </summary>
internal sealed class VoucherImportRun(LedgerSession session, UnitOfWork tx, long importId, VoucherImportOptions options)
{
    /// <summary>Vouchers read ahead of the writer; enough to keep both threads busy, small enough to stay flat.</summary>
    private const int QueueLengthMax = 4096;

    private static readonly ImportField[] RequiredFields = [ImportField.Debit, ImportField.Credit];

    private readonly User _actor = session.RequireActor();
    private readonly DateTimeOffset _nowUtc = session.NowUtc;

    // Keys of the vouchers read so far, as 64-bit hashes so that a million vouchers cost megabytes, not hundreds.
    private readonly HashSet<long> _seen = new();
    private readonly List<ImportProblem> _readProblems = [];
    private readonly List<ImportProblem> _writeProblems = [];
    private int _problemCount;

    /// <summary>No problem found yet, by either thread: only then is a chunk written.</summary>
    private bool FileIsClean => Volatile.Read(ref _problemCount) == 0;
    private HeaderMap _header = null!;
    private Dictionary<BookRef, BookContext> _books = null!;
    /// <summary>Months that take no voucher: closed, or the December of a posted distribution.</summary>
    private HashSet<(long BookId, int Month)> _closed = null!;

    /// <summary>Of those, the months actually closed, to say which reason applies.</summary>
    private HashSet<(long BookId, int Month)> _shut = null!;

    public Dictionary<BookRef, (int Vouchers, int Lines)> Counts { get; } = new();

    /// <summary>What the clerk should know of a file that imports, such as sides that fit the 2004 chart.</summary>
    public List<Text> Warnings { get; } = [];

    private readonly ChartVersionCheck _chartVersion = new();

    private sealed record ReadyVoucher(PendingVoucher Pending, VoucherDraft Draft, BookContext Book);

    public List<Refusal> Read(string file, Stream content, IProgress<int>? rowsRead)
    {
        _books = VillageStore.ListBooks(tx).ToDictionary(
            b => b.Ref,
            b => new BookContext(b.Ref, BookChart.Load(tx, b.Id), session.Check(LedgerAction.PrepareVoucher, b.Ref.Village)));
        _closed = Periods.PeriodDesk.ClosedToBusiness(tx);
        _shut = PeriodStore.AllClosed(tx);
        using var queue = new BlockingCollection<ReadyVoucher>(QueueLengthMax);
        using var cancel = new CancellationTokenSource();
        Refusal? fatal = null;
        ExceptionDispatchInfo? failure = null;
        var reader = Task.Run(() =>
        {
            try
            {
                fatal = Produce(file, content, rowsRead, queue, cancel.Token);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                // The writer failed and asked the reader to stop; its own exception is the one to report.
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                queue.CompleteAdding();
            }
        });
        try
        {
            using var staging = new VoucherStaging(tx, importId, _actor, _nowUtc, findDuplicates: !options.AllowDuplicates, dryRun: options.DryRun);
            foreach (var ready in queue.GetConsumingEnumerable())
            {
                Store(ready, staging);
            }
            Report(staging.Flush(write: FileIsClean));
        }
        catch
        {
            cancel.Cancel();
            reader.Wait();
            throw;
        }
        reader.Wait();
        failure?.Throw();
        if (fatal is not null)
        {
            return [fatal];
        }
        // A file keyed to the 2004 chart is refused as a whole: its rows' problems are all one problem.
        if (_chartVersion.Keyed2004(file) is { } keyed2004)
        {
            return [keyed2004];
        }
        var refusals = Refusals(file);
        if (_chartVersion.SidesWarning(file) is { } warning)
        {
            // A refused file shows it with its problems, since the clerk fixes those next and should know first.
            if (refusals.Count > 0)
            {
                refusals.Add(new Refusal("import.chart-2004-sides", warning));
            }
            Warnings.Add(warning);
        }
        return refusals;
    }

    private List<Refusal> Refusals(string file) => ProblemReport.Refusals(file, _readProblems.Concat(_writeProblems));

    /// <summary>The reader thread: returns a refusal for a file it cannot read at all, else queues good vouchers.</summary>
    private Refusal? Produce(string file, Stream content, IProgress<int>? rowsRead, BlockingCollection<ReadyVoucher> queue, CancellationToken cancel)
    {
        try
        {
            using var sheet = Sheets.Open(file, content);
            var header = HeaderMap.Find(sheet, RequiredFields);
            if (header is null || (!header.Has(ImportField.AccountCode) && !header.Has(ImportField.AccountName)) || !header.Has(ImportField.Number) || !header.Has(ImportField.Date))
            {
                return MissingHeader(file);
            }
            _header = header;
            var assembler = new VoucherAssembler(header, options.Book, _readProblems);
            var problemsSeen = 0;
            while (sheet.Next(out var row))
            {
                if (assembler.Take(row) is { } voucher && Check(voucher) is { } ready)
                {
                    queue.Add(ready, cancel);
                }
                // The assembler adds cell problems straight to the list; count them in for the writer to see.
                Interlocked.Add(ref _problemCount, _readProblems.Count - problemsSeen);
                problemsSeen = _readProblems.Count;
                if (row.Number % 1000 == 0)
                {
                    rowsRead?.Report(row.Number);
                }
            }
            if (assembler.Finish() is { } last && Check(last) is { } lastReady)
            {
                queue.Add(lastReady, cancel);
            }
            Interlocked.Add(ref _problemCount, _readProblems.Count - problemsSeen);
            return null;
        }
        catch (UnreadableFileException e)
        {
            return Refusal.Of("import.unreadable", $"{file}: {e.Reason.Zh}", $"{file}: {e.Reason.En}");
        }
    }

    /// <summary>Every check that needs no store: book, access, in-file duplicates, accounts, the voucher rules.</summary>
    private ReadyVoucher? Check(PendingVoucher pending)
    {
        if (pending.Book is not { } book || Book(book, pending.FirstRow) is not { } context)
        {
            return null;
        }
        if (!_seen.Add(VoucherKeyHash(book, pending.Number, pending.Date)))
        {
            ReadProblem(pending.FirstRow, ImportField.Number, pending.FirstRow, new Text(
                $"凭证号 {pending.Number}（{pending.Date:yyyy-MM-dd}）在文件中出现了两次：同一张凭证的分录要连在一起",
                $"voucher number {pending.Number} ({pending.Date:yyyy-MM-dd}) appears twice in the file: one voucher's rows must be together"));
            return null;
        }
        if (!pending.HasCellErrors && _closed.Contains((context.Id, Periods.Month.Of(pending.Date).Key)))
        {
            ReadProblem(pending.FirstRow, ImportField.Date, pending.FirstRow, (_shut.Contains((context.Id, Periods.Month.Of(pending.Date).Key))
                ? Periods.PeriodDesk.Closed(book, Periods.Month.Of(pending.Date))
                : Periods.PeriodDesk.Distributed(book, Periods.Month.Of(pending.Date))).Message);
            return null;
        }
        // Accounts are looked up even in a voucher with a bad cell, so that one run names every problem.
        var draft = Draft(pending, context, book);
        if (draft is null || pending.HasCellErrors)
        {
            return null;
        }
        var problems = context.Chart.Problems(draft);
        foreach (var problem in problems)
        {
            var line = problem.LineIndex is { } index ? pending.Lines[index] : null;
            ReadProblem(line?.Row ?? pending.FirstRow, ColumnOf(problem, line is null ? null : draft.Lines[problem.LineIndex!.Value], context), pending.FirstRow, problem.Message);
        }
        return problems.Count == 0 ? new ReadyVoucher(pending, draft, context) : null;
    }

    /// <summary>
    /// The writer thread: stages each voucher, and writes the stage while the file is clean; a voucher already in its
    /// book is found when its chunk is written.
    /// </summary>
    private void Store(ReadyVoucher ready, VoucherStaging staging)
    {
        var (pending, draft, context) = ready;
        // Held before the stage reads the village's vouchers for duplicates, on this thread, which owns the connection.
        tx.HoldVillage(draft.Book.Village);
        Report(staging.Add(context.Id, draft, pending.FirstRow, context.AccountIds, write: FileIsClean));
        var count = Counts.GetValueOrDefault(draft.Book);
        Counts[draft.Book] = (count.Vouchers + 1, count.Lines + draft.Lines.Count);
    }

    private void Report(IReadOnlyList<VoucherStaging.Duplicate> duplicates)
    {
        foreach (var duplicate in duplicates)
        {
            _writeProblems.Add(new ImportProblem(duplicate.FirstRow, _header.Label(ImportField.Number), new Text(
                $"凭证 {duplicate.SourceRef}（{duplicate.Date}）已在账套中（凭证 {duplicate.ExistingId}）；确需重复导入请用 --allow-duplicates",
                $"voucher {duplicate.SourceRef} ({duplicate.Date}) is already in the book as voucher {duplicate.ExistingId}; use --allow-duplicates if it really is another one")));
            Interlocked.Increment(ref _problemCount);
        }
    }

    private VoucherDraft? Draft(PendingVoucher pending, BookContext context, BookRef book)
    {
        var lines = new List<VoucherLine>(pending.Lines.Count);
        foreach (var line in pending.Lines)
        {
            _chartVersion.See(line.Row, line.AccountCode, line.AccountName, line.Debit.IsZero ? line.Credit.IsZero ? null : false : true);
            var account = context.Resolve(line.AccountCode, line.AccountName);
            if (account.IsRefused)
            {
                var column = line.AccountCode.Length > 0 || !_header.Has(ImportField.AccountName) ? ImportField.AccountCode : ImportField.AccountName;
                ReadProblem(line.Row, column, pending.FirstRow, account.Refusals[0].Message);
                continue;
            }
            lines.Add(new VoucherLine(account.Value, line.Debit, line.Credit, line.Counterparty, line.Project));
        }
        return lines.Count == pending.Lines.Count
            ? new VoucherDraft(book, pending.Date, pending.Summary, lines, pending.Number, pending.Attachments, pending.Resolution)
            : null;
    }

    private BookContext? Book(BookRef book, int row)
    {
        if (!_books.TryGetValue(book, out var context))
        {
            ReadProblem(row, ImportField.Book, null, new Text($"没有账套 {book}", $"there is no book {book}"));
            return null;
        }
        if (context.Denied is { } denied)
        {
            ReadProblem(row, ImportField.Book, null, denied.Message);
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

    private void ReadProblem(int row, ImportField field, int? voucherRow, Text message) => _readProblems.Add(new ImportProblem(row, _header.Label(field), message, voucherRow));

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
}
