using Ledger.Cli.Hosting;
using Ledger.Core;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Bank;

[Says("取消一笔银行流水的勾对；原勾对连同取消人一并留存。", "Undo the match of a statement line; the match is kept in the history with who undid it.")]
internal sealed class BankUnmatchCommand(CliContext context) : LedgerCommand<BankUnmatchCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("银行流水编号（见 report bank-reconciliation）", "A statement line's id (see report bank-reconciliation)")]
        [CommandOption("--line <ID>")]
        public long? Line { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var line = settings.Line ?? throw new UsageException("--line is required, e.g. --line 12");
        return WithSession(settings, session =>
        {
            var result = session.Bank.Unmatch(line);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Context.Out.WriteLine(LanguageOf(settings) == Language.Zh ? $"已解除对账单第 {line} 行的配对" : $"Unmatched statement line {line}");
            return ExitCodes.Done;
        });
    }
}
