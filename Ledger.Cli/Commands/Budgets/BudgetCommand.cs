using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Budgets;

namespace Ledger.Cli.Commands.Budgets;

/// <summary>What the budget commands share: the book and year, and how a budget is printed.</summary>
internal abstract class BudgetCommand<TSettings>(CliContext context) : BookYearCommand<TSettings, BudgetView>(context)
    where TSettings : BookYearSettings
{
    private static readonly Column<BudgetLine>[] Columns =
    [
        new("code", new Text("科目编码", "code"), l => l.Code),
        new("name", new Text("科目名称", "name"), l => l.Name),
        new("budget", new Text("预算", "budget"), l => l.Budget),
        new("adjustments", new Text("其中调整", "adjustments"), l => l.Adjustments),
        new("actual", new Text("已记账支出", "actual"), l => l.Actual),
        new("committed", new Text("已审批未记账", "committed"), l => l.Committed),
        new("remaining", new Text("余额", "remaining"), l => l.Remaining),
        new("percent_used", new Text("执行率%", "percent used"), l => l.PercentUsed),
    ];

    protected override void Print(LedgerSession session, TSettings settings, BudgetView view)
    {
        var language = LanguageOf(settings);
        Emit(settings, target =>
        {
            if (FormatOf(settings) == OutputFormat.Table)
            {
                target.WriteLine(language == Language.Zh
                    ? $"{view.Book} {view.Year} 年预算（{(view.Approved ? "已审批" : "未审批")}）"
                    : $"{view.Book} budget {view.Year} ({(view.Approved ? "approved" : "not approved")})");
            }
            Output.Listing(target, FormatOf(settings), language, Columns, view.Lines);
        });
    }
}
