using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Import;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Import;

[Says("从表格增设账套的明细科目（科目编码,科目名称）；账套已有的科目只核对不重复增设。", "Add a book's sub-accounts from a sheet (科目编码,科目名称); accounts it has are matched.")]
internal sealed class ImportAccountsCommand(CliContext context) : ImportRegisterCommand(context)
{
    protected override Result<ImportReport> Import(LedgerSession session, ImportRegisterSettings settings, Stream content) =>
        session.Imports.Accounts(settings.File, content, RequiredBook(settings.Book), settings.DryRun);
}
