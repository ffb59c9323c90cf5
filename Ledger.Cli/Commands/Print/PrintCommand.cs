using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering.Pdf;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Cli.Commands.Print;

/// <summary>
/// The base of the print commands: each writes one PDF to --out, which is required, on the page the options name, with
/// an embedded CJK font. The file appears only once it is whole, so that a failure never leaves half a PDF to be filed.
/// </summary>
internal abstract class PrintCommand<TSettings>(CliContext context) : LedgerCommand<TSettings>(context)
    where TSettings : PrintSettings
{
    protected static (BookRef Book, Period Period) RequiredBookPeriod(TSettings settings) =>
        (RequiredBook(settings.Book), RequiredPeriod(settings.Period));

    /// <summary>The page options, and the font to embed, checked before any work is done.</summary>
    protected PageOptions PageOptionsOf(TSettings settings)
    {
        var paper = (settings.Paper ?? "a4").Trim().ToLowerInvariant() switch
        {
            "a4" => PaperSize.A4,
            "a5" => PaperSize.A5,
            _ => throw new UsageException(new Text($"--paper 只能是 a4 或 a5，不能是“{settings.Paper}”", $"--paper takes a4 or a5, not '{settings.Paper}'")),
        };
        var margin = settings.MarginMm ?? new PageOptions().MarginMm;
        if (margin is < PageOptions.MarginMmMin or > PageOptions.MarginMmMax)
        {
            throw new UsageException(new Text($"--margin 须在 {PageOptions.MarginMmMin} 到 {PageOptions.MarginMmMax} 毫米之间", $"--margin takes {PageOptions.MarginMmMin} to {PageOptions.MarginMmMax} millimetres"));
        }
        var named = Context.Variable(PdfFont.FileVariable);
        if (PdfFont.Locate(named) is null)
        {
            throw new UsageException(PdfFont.Missing(named));
        }
        return new PageOptions(paper, settings.Landscape, margin, named);
    }

    /// <summary>The file --out names, which must end in .pdf.</summary>
    protected string RequiredPdfPath(TSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Out))
        {
            throw new UsageException(new Text("缺少 --out，打印须写入 PDF 文件，例如 --out vouchers.pdf", "--out is required: print writes a PDF file, e.g. --out vouchers.pdf"));
        }
        if (!string.Equals(Path.GetExtension(settings.Out), ".pdf", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException(new Text($"打印只写 PDF：--out 须以 .pdf 结尾，不能是 {settings.Out}", $"print writes PDF only: --out must end in .pdf, not {settings.Out}"));
        }
        return Context.ResolvePath(settings.Out);
    }

    /// <summary>Writes the PDF beside its destination and moves it into place once it is complete.</summary>
    protected static void WritePdf(string path, Action<Stream> write)
    {
        var partial = path + ".partial";
        try
        {
            using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write))
            {
                write(file);
            }
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
