using System.ComponentModel;
using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Import;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Import;

/// <summary>Opens the file, runs the import and prints what it took.</summary>
internal abstract class ImportRegisterCommand(CliContext context) : LedgerCommand<ImportRegisterSettings>(context)
{
    protected abstract Result<ImportReport> Import(LedgerSession session, ImportRegisterSettings settings, Stream content);

    protected override int Run(ImportRegisterSettings settings) => WithSession(settings, session =>
    {
        using var stream = InputFile.Open(Context, settings.File);
        var result = Import(session, settings, stream);
        if (result.IsRefused)
        {
            return Refused(result, settings);
        }
        ImportReportPrinter.Print(Context.Out, result.Value, LanguageOf(settings));
        return ExitCodes.Done;
    });
}
