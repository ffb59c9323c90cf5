using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Budgets;

namespace Ledger.Cli.Commands.Budgets;

/// <summary>What the budget commands share: the book and year, and how a budget is printed.</summary>
internal abstract class BudgetCommand<TSettings>(CliContext context) : LedgerCommand<TSettings>(context)
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

    protected abstract Result<BudgetView> Act(LedgerSession session, TSettings settings, Ledger.Core.Books.BookRef book, int year);

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
            var language = LanguageOf(settings);
            Emit(settings, target =>
            {
                if (FormatOf(settings) == OutputFormat.Table)
                {
                    target.WriteLine(language == Language.Zh
                        ? $"{book} {year} 年预算（{(result.Value.Approved ? "已审批" : "未审批")}）"
                        : $"{book} budget {year} ({(result.Value.Approved ? "approved" : "not approved")})");
                }
                Output.Listing(target, FormatOf(settings), language, Columns, result.Value.Lines);
            });
            return ExitCodes.Done;
        });
    }
}
