using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Import;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Import;

[Says("从表格导入预算，列为 账套,年度,科目编码,预算金额。", "Import budgets from a sheet with the columns 账套,年度,科目编码,预算金额.")]
internal sealed class ImportBudgetCommand(CliContext context) : ImportRegisterCommand(context)
{
    protected override Result<ImportReport> Import(LedgerSession session, ImportRegisterSettings settings, Stream content) =>
        session.Imports.Budget(settings.File, content, settings.DryRun);
}
