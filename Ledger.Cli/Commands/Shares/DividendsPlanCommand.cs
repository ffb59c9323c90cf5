using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Shares;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Shares;

[Says("编制（或查看）合作社的年度收益分配方案；--out plan.html 或 plan.xlsx 写出给成员的公示。", "Draw up (or show) a collective's dividend plan for a year; --out plan.html or plan.xlsx writes the members' board.")]
internal sealed class DividendsPlanCommand(CliContext context) : DividendsCommand<DividendsPlanCommand.Settings>(context)
{
    public sealed class Settings : BookYearSettings
    {
        [CommandOption("--reserve-percent <PERCENT>")]
        [Says("提取公积公益金占可分配收益的百分比；不低于规则中的 dividend_reserve_percent_min（默认值）。", "公积公益金 as a percent of the distributable result; at least the policy's dividend_reserve_percent_min (the default).")]
        public int? ReservePercent { get; init; }

        [CommandOption("--pool-percent <PERCENT>")]
        [Says("向成员分配占可分配收益的百分比；默认为提取公积公益金后的全部。", "The members' pool as a percent of the distributable result; by default all the reserve leaves.")]
        public int? PoolPercent { get; init; }
    }

    protected override Result<DividendPlan> Act(LedgerSession session, Settings settings, BookRef book, int year) =>
        session.Dividends.Plan(book, year, settings.ReservePercent, settings.PoolPercent);
}
