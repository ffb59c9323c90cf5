using System.ComponentModel;
using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Shares;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Shares;

[Description("Draw up (or show) a collective's dividend plan for a year; --out plan.html or plan.xlsx writes the members' board.")]
internal sealed class DividendsPlanCommand(CliContext context) : DividendsCommand<DividendsPlanCommand.Settings>(context)
{
    public sealed class Settings : BookYearSettings
    {
        [CommandOption("--reserve-percent <PERCENT>")]
        [Description("公积公益金 as a percent of the distributable result; at least the policy's dividend_reserve_percent_min (the default).")]
        public int? ReservePercent { get; init; }

        [CommandOption("--pool-percent <PERCENT>")]
        [Description("The members' pool as a percent of the distributable result; by default all the reserve leaves.")]
        public int? PoolPercent { get; init; }
    }

    protected override Result<DividendPlan> Act(LedgerSession session, Settings settings, BookRef book, int year) =>
        session.Dividends.Plan(book, year, settings.ReservePercent, settings.PoolPercent);
}
