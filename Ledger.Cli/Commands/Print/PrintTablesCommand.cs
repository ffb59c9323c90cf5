using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering.Pdf;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Print;

namespace Ledger.Cli.Commands.Print;

/// <summary>
/// A print of the books an office binds as ruled tables (journals, ledgers, statements): the tables come from Core,
/// and the PDF is written page by page with 承前页 and 过次页 where pages break.
/// </summary>
internal abstract class PrintTablesCommand<TSettings>(CliContext context) : PrintCommand<TSettings>(context)
    where TSettings : PrintSettings
{
    /// <summary>The tables to print, or why there are none.</summary>
    protected abstract Result<IReadOnlyList<PrintedTable>> Tables(LedgerSession session, TSettings settings, BookRef book, Period period);

    /// <summary>What the tables are, for the progress bar and the closing line (现金日记账 101).</summary>
    protected abstract Text Name(TSettings settings);

    protected override int Run(TSettings settings)
    {
        var (book, period) = RequiredBookPeriod(settings);
        var path = RequiredPdfPath(settings);
        var options = PageOptionsOf(settings);
        return WithSession(settings, session =>
        {
            var tables = Tables(session, settings, book, period);
            if (tables.IsRefused)
            {
                return Refused(tables, settings);
            }
            var name = Name(settings);
            var pages = PdfTableWriter.PageCount(tables.Value, options);
            var label = new Text($"打印 {book} {period.Name} {name.Zh}", $"Printing {name.En} of {book} {period.Name}").In(LanguageOf(settings));
            WritePdf(path, file => ProgressBar.Counting(Context, label, pages, pageWritten =>
            {
                PdfTableWriter.Write(tables.Value, file, options, pageWritten);
                return pages;
            }));
            Context.Out.WriteLine(new Text($"已写出 {settings.Out}：{book} {period.Name} {name.Zh}，共 {pages} 页",
                $"Wrote {settings.Out}: {name.En} of {book} {period.Name} on {pages} pages").In(LanguageOf(settings)));
            return ExitCodes.Done;
        });
    }

    protected static string RequiredAccount(string? account) =>
        Required(account, "--account", "101");
}
