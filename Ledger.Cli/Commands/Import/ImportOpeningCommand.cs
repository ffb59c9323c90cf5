using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Import;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Import;

[Says("记入账套的期初余额：科目编码或科目名称，以及借方余额/贷方余额，或方向加余额。", "Post a book's opening balances (期初余额): 科目编码 or 科目名称, and 借方余额/贷方余额 or 方向 with 余额.")]
internal sealed class ImportOpeningCommand(CliContext context) : ImportRegisterCommand(context)
{
    protected override Result<ImportReport> Import(LedgerSession session, ImportRegisterSettings settings, Stream content)
    {
        var period = RequiredPeriod(settings.Period);
        if (!period.IsSingleMonth)
        {
            throw new UsageException("--period for opening balances is one month, the book's first, e.g. 2024-01");
        }
        return session.Imports.Opening(settings.File, content, RequiredBook(settings.Book), period.First, settings.DryRun);
    }
}
