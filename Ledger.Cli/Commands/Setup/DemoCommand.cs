using Ledger.Cli.Commands.Reports;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Demo;
using Ledger.Core.Setup;
using Ledger.Core.Storage;

namespace Ledger.Cli.Commands.Setup;

[Says("建一个演示乡镇（三个村、两本账、一个季度的凭证）并显示科目余额表。", "Build a demo township (three villages, both books, a quarter of vouchers) and show a trial balance.")]
internal sealed class DemoCommand(CliContext context) : LedgerCommand<GlobalSettings>(context)
{
    public const string DemoStoreFile = "vledger-demo.db";

    protected override int Run(GlobalSettings settings)
    {
        if (settings.Db is { } named && StoreAddress.LooksLikeAddress(named))
        {
            throw new UsageException(new Text("演示乡镇只建在 SQLite 文件中：--db 给一个文件名", "the demo township is made in a SQLite file only: give --db a file name"));
        }
        var path = Context.ResolvePath(settings.Db ?? DemoStoreFile);
        if (File.Exists(path))
        {
            // Only a store the demo made itself is ever replaced; a township's real books are never touched.
            using (var existing = LedgerDatabase.Open(path))
            {
                if (TownshipSetup.Describe(existing) is not { IsDemo: true })
                {
                    throw new UsageException($"{path} holds a township's own books, not a demo; give the demo another --db");
                }
            }
            StoreFiles.Delete(path);
        }
        var language = LanguageOf(settings);
        DemoSummary summary;
        using (var database = LedgerDatabase.Create(path))
        {
            summary = DemoTownship.Build(database, Context.Clock);
            var session = LedgerSession.Open(database, null, Context.Clock).Value;
            var report = session.TrialBalance.Build(summary.ShownBook, summary.ShownPeriod).Value;
            Context.Out.WriteLine(language == Language.Zh
                ? $"演示账库：{path}\n{summary.Township}：{summary.Villages} 个村，每村两个账套；提交并审批 {summary.VouchersSubmitted} 张凭证，记账 {summary.VouchersPosted} 张。"
                : $"Demo store: {path}\n{summary.Township}: {summary.Villages} villages, two books each; {summary.VouchersSubmitted} vouchers submitted and approved, {summary.VouchersPosted} posted.");
            Context.Out.WriteLine(language == Language.Zh
                ? $"科目余额表  {report.Book}  {report.Period}"
                : $"Trial balance  {report.Book}  {report.Period}");
            var totals = report.Totals with { Name = language == Language.Zh ? "合计" : "Total" };
            Output.Listing(Context.Out, OutputFormat.Table, language, TrialBalanceCommand.Columns, report.Rows.Append(totals).ToList());
        }
        WriteBoardAndTownship(path, summary, language);
        Context.Out.WriteLine(language == Language.Zh
            ? $"试一试：vledger report trial-balance --db {DemoStoreFile} --book V002/committee --period 2024-Q1"
            : $"Try: vledger report trial-balance --db {DemoStoreFile} --book V002/committee --period 2024-Q1");
        return ExitCodes.Done;
    }

    /// <summary>The demo's other two products: one village's transparency board, and the township view.</summary>
    private void WriteBoardAndTownship(string path, DemoSummary summary, Language language)
    {
        using var database = LedgerDatabase.Open(path);
        var session = LedgerSession.Open(database, null, Context.Clock).Value;
        var committee = summary.ShownBook with { Kind = Ledger.Core.Books.BookKind.Committee };
        var board = session.Reports.Board(committee, summary.ShownPeriod).Value;
        var boardPath = Path.Combine(Path.GetDirectoryName(path)!, "vledger-demo-board.html");
        File.WriteAllText(boardPath, Rendering.BoardHtml.Render(board, DateOnly.FromDateTime(Context.Clock.GetLocalNow().DateTime)), new System.Text.UTF8Encoding(false));
        Context.Out.WriteLine(language == Language.Zh
            ? $"{committee} {summary.ShownPeriod} 财务公开榜：{boardPath}（数据指纹 {board.Fingerprint}）"
            : $"Transparency board of {committee} {summary.ShownPeriod}: {boardPath} (fingerprint {board.Fingerprint})");
        WriteDividendPlan(session, path, summary, language);
        WriteOffBook(session, summary, language);
        WriteArchive(session, path, summary, language);
        var township = session.Reports.Township(summary.ShownPeriod);
        Context.Out.WriteLine(language == Language.Zh ? "全镇两本账一览" : "Township view");
        foreach (var row in township.Rows)
        {
            Context.Out.WriteLine($"  {row.Book,-18} {row.VillageName}  {(language == Language.Zh ? "收入" : "income")} {row.Income.ToDisplayString(),14}  {(language == Language.Zh ? "支出" : "spending")} {row.Spending.ToDisplayString(),14}  {(language == Language.Zh ? "银行" : "bank")} {row.Bank.ToDisplayString(),14}");
        }
    }

    /// <summary>The cooperative's dividend plan as the demo drew it up, and its board for members; or why it cannot be drawn up yet.</summary>
    private void WriteDividendPlan(LedgerSession session, string path, DemoSummary summary, Language language)
    {
        if (summary.DividendsNotYet is { } notYet)
        {
            Context.Out.WriteLine(language == Language.Zh
                ? $"{summary.DividendBook} {summary.DividendYear} 年度分红方案尚不能拟定：{notYet.Zh}"
                : $"Dividend plan {summary.DividendBook} {summary.DividendYear} cannot be drawn up yet: {notYet.En}");
            return;
        }
        var plan = session.Dividends.Show(summary.DividendBook, summary.DividendYear).Value;
        var planPath = Path.Combine(Path.GetDirectoryName(path)!, "vledger-demo-dividends.html");
        Rendering.DividendBoard.Write(planPath, plan, DateOnly.FromDateTime(Context.Clock.GetLocalNow().DateTime));
        Context.Out.WriteLine(language == Language.Zh
            ? $"{plan.Book} {plan.Year} 年度分红方案（{plan.Households.Count} 户，折算 {plan.WeightedUnits} 股）：可分配收益 {plan.Distributable.ToDisplayString()}，公积公益金 {plan.Reserve.ToDisplayString()}，分红 {plan.Pool.ToDisplayString()}；公示表 {planPath}"
            : $"Dividend plan {plan.Book} {plan.Year} ({plan.Households.Count} households, {plan.WeightedUnits} weighted units): distributable {plan.Distributable.ToDisplayString()}, reserve {plan.Reserve.ToDisplayString()}, dividends {plan.Pool.ToDisplayString()}; board {planPath}");
    }

    /// <summary>The shown book's vouchers and their covers as the archive binds them, when a font to embed is installed.</summary>
    private void WriteArchive(LedgerSession session, string path, DemoSummary summary, Language language)
    {
        var font = Context.Variable(Rendering.Pdf.PdfFont.FileVariable);
        if (Rendering.Pdf.PdfFont.Locate(font) is null)
        {
            Context.Out.WriteLine(Rendering.Pdf.PdfFont.Missing(font).In(language));
            return;
        }
        var options = new Rendering.Pdf.PageOptions(FontFile: font);
        var folder = Path.GetDirectoryName(path)!;
        var vouchersPath = Path.Combine(folder, "vledger-demo-vouchers.pdf");
        using (var file = File.Create(vouchersPath))
        {
            Rendering.Pdf.VoucherPdf.Write(session.Print.Vouchers(summary.ShownBook, summary.ShownPeriod).Value, file, options, Rendering.Pdf.VoucherLayout.Half);
        }
        var coverPath = Path.Combine(folder, "vledger-demo-cover.pdf");
        using (var file = File.Create(coverPath))
        {
            Rendering.Pdf.CoverPdf.Write(session.Print.Covers(summary.ShownBook, summary.ShownPeriod).Value, file, options);
        }
        Context.Out.WriteLine(language == Language.Zh
            ? $"{summary.ShownBook} {summary.ShownPeriod} 记账凭证：{vouchersPath}；凭证封面：{coverPath}"
            : $"Vouchers of {summary.ShownBook} {summary.ShownPeriod}: {vouchersPath}; their covers: {coverPath}");
        // One of each bound book beside them: the bank journal, the income ledger and the statutory statements.
        var books = new (string File, Result<IReadOnlyList<Core.Print.PrintedTable>> Tables)[]
        {
            ("vledger-demo-journal.pdf", Core.Print.PrintedTables.Single(session.Books.JournalTable(summary.ShownBook, Core.Accounts.ChartCodes.Bank, summary.ShownPeriod))),
            ("vledger-demo-ledger.pdf", Core.Print.PrintedTables.Single(session.Books.LedgerTable(summary.ShownBook, "501", summary.ShownPeriod, Core.Print.LedgerKind.Detail))),
            ("vledger-demo-statements.pdf", session.Books.StatementTables(summary.ShownBook, summary.ShownPeriod)),
        };
        foreach (var (name, tables) in books.Where(b => !b.Tables.IsRefused))
        {
            using var file = File.Create(Path.Combine(folder, name));
            Rendering.Pdf.PdfTableWriter.Write(tables.Value, file, options);
        }
        Context.Out.WriteLine(language == Language.Zh
            ? $"银行存款日记账、经营收入明细账和会计报表：{string.Join("、", books.Where(b => !b.Tables.IsRefused).Select(b => Path.Combine(folder, b.File)))}"
            : $"The bank journal, the income ledger and the statements: {string.Join(", ", books.Where(b => !b.Tables.IsRefused).Select(b => Path.Combine(folder, b.File)))}");
    }

    /// <summary>The shown book held against its bank statement and contracts, and what the audit makes of it.</summary>
    private void WriteOffBook(LedgerSession session, DemoSummary summary, Language language)
    {
        var reconciliation = session.Bank.Reconcile(summary.ShownBook, summary.BankAccount, summary.ShownPeriod).Value;
        var offBook = session.Audit.Run(summary.ShownPeriod, summary.ShownBook.Village).Count(f => f.Rule == 7);
        Context.Out.WriteLine(language == Language.Zh
            ? $"{summary.ShownBook} 银行存款余额调节表：账面 {reconciliation.BookBalance.ToDisplayString()}，银行 {reconciliation.BankBalance.ToDisplayString()}，调节后 {reconciliation.AdjustedBookBalance.ToDisplayString()}；账外账审计发现 {offBook} 项（vledger report audit --db {DemoStoreFile} --period {summary.ShownPeriod} --village {summary.ShownBook.Village}）"
            : $"Bank reconciliation of {summary.ShownBook}: books {reconciliation.BookBalance.ToDisplayString()}, bank {reconciliation.BankBalance.ToDisplayString()}, adjusted {reconciliation.AdjustedBookBalance.ToDisplayString()}; {offBook} findings of money off the books (vledger report audit --db {DemoStoreFile} --period {summary.ShownPeriod} --village {summary.ShownBook.Village})");
    }
}
