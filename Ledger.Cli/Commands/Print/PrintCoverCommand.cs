using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering.Pdf;
using Ledger.Core;

namespace Ledger.Cli.Commands.Print;

[Says("打印凭证封面（PDF）：期间内每月一页，含凭证起止号、张数、附件张数、册数和签章栏。",
    "Print voucher covers (PDF): one page per month of the period, with the first and last numbers, counts, volumes and signature lines.")]
internal sealed class PrintCoverCommand(CliContext context) : PrintCommand<PrintSettings>(context)
{
    protected override int Run(PrintSettings settings)
    {
        var (book, period) = RequiredBookPeriod(settings);
        var path = RequiredPdfPath(settings);
        var options = PageOptionsOf(settings);
        return WithSession(settings, session =>
        {
            var covers = session.Print.Covers(book, period);
            if (covers.IsRefused)
            {
                return Refused(covers, settings);
            }
            WritePdf(path, file => CoverPdf.Write(covers.Value, file, options));
            Context.Out.WriteLine(new Text($"已写出 {settings.Out}：{book} {period.Name} 凭证封面 {covers.Value.Count} 页",
                $"Wrote {settings.Out}: {covers.Value.Count} voucher covers of {book} {period.Name}").In(LanguageOf(settings)));
            return ExitCodes.Done;
        });
    }
}
