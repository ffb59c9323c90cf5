using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Budgets;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Budgets;

[Says("调增或调减一条预算（--by 5000.00 或 --by=-5000.00），须说明原因；留有记录。", "Move one budget line up or down (--by 5000.00, or --by=-5000.00), with the reason; recorded.")]
internal sealed class BudgetAdjustCommand(CliContext context) : BudgetCommand<BudgetAdjustCommand.Settings>(context)
{
    public sealed class Settings : BookYearSettings
    {
        [Says("科目编码，如 102 或 10201", "The account code, e.g. 102 or 10201")]
        [CommandOption("--account <CODE>")]
        public string? Account { get; init; }

        [Says("调整金额，调减用负数（--by=-5000.00）", "By how much; negative to reduce (--by=-5000.00)")]
        [CommandOption("--by <AMOUNT>")]
        public string? By { get; init; }

        [Says("原因，记入历史", "The reason, kept in the history")]
        [CommandOption("--reason <TEXT>")]
        public string? Reason { get; init; }
    }

    protected override Result<BudgetView> Act(LedgerSession session, Settings settings, BookRef book, int year)
    {
        var account = Required(settings.Account, "--account", "513");
        var by = Parsed(Money.Parse(Required(settings.By, "--by", "5000.00")), "--by");
        return session.Budgets.Adjust(book, year, account, by, Required(settings.Reason, "--reason", "\"追加会议费\""));
    }
}
