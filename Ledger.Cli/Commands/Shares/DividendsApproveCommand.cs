using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Shares;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Shares;

[Says("审批收益分配方案：镇审核员和本村民主理财小组；--resolution 记录成员（代表）大会决议。", "Approve a dividend plan: a township reviewer, and the village's democratic finance group; --resolution records the members' assembly resolution.")]
internal sealed class DividendsApproveCommand(CliContext context) : DividendsCommand<DividendsApproveCommand.Settings>(context)
{
    public sealed class Settings : BookYearSettings
    {
        [CommandOption("--resolution <REF>")]
        [Says("方案所依据的成员（代表）大会决议编号；记账前必须有。已审批的人可以事后补记。", "The members' (representatives') assembly resolution (成员（代表）大会决议) the plan rests on; needed before posting. An approver who already approved may add it later.")]
        public string? Resolution { get; init; }
    }

    protected override Result<DividendPlan> Act(LedgerSession session, Settings settings, BookRef book, int year) =>
        session.Dividends.Approve(book, year, settings.Resolution);
}
