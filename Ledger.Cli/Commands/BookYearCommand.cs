using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;

namespace Ledger.Cli.Commands;

/// <summary>
/// A command on one book's year (budgets, dividends, contracts): it reads --book and --year, asks Ledger.Core,
/// prints a refusal with exit 1, and otherwise prints what came back.
/// </summary>
internal abstract class BookYearCommand<TSettings, TView>(CliContext context) : LedgerCommand<TSettings>(context)
    where TSettings : BookYearSettings
{
    protected abstract Result<TView> Act(LedgerSession session, TSettings settings, BookRef book, int year);

    protected abstract void Print(LedgerSession session, TSettings settings, TView view);

    protected override int Run(TSettings settings)
    {
        var book = RequiredBook(settings.Book);
        var year = RequiredYear(settings.Year);
        return WithSession(settings, session =>
        {
            var result = Act(session, settings, book, year);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Print(session, settings, result.Value);
            return ExitCodes.Done;
        });
    }
}
