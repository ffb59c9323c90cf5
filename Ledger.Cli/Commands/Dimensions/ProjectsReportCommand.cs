using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Dimensions;

namespace Ledger.Cli.Commands.Dimensions;

[Says("项目台账：241 专项应付款或 231 一事一议资金按项目列出期初结余、本期收到、本期支出、期末结余。",
    "Project ledger of 241 专项应付款 or 231 一事一议资金: per project, what remained, was received and spent in the period, and what remains.")]
internal sealed class ProjectsReportCommand(CliContext context) : DimensionCommand<BookAccountPeriodSettings, ProjectFunds>(context)
{
    private static readonly Column<ProjectFund>[] Amounts =
    [
        new("opening", new Text("期初结余", "opening remaining"), p => p.OpeningRemaining),
        new("received", new Text("本期收到", "received"), p => p.Received),
        new("spent", new Text("本期支出", "spent"), p => p.Spent),
        new("remaining", new Text("期末结余", "remaining"), p => p.Remaining),
    ];

    protected override Func<LedgerSession, Result<ProjectFunds>> Reader(BookAccountPeriodSettings settings)
    {
        var (book, account, period) = RequiredBookAccountPeriod(settings);
        return session => session.Dimensions.Projects(book, account, period);
    }

    protected override void Write(TextWriter target, ProjectFunds funds, OutputFormat format, Language language)
    {
        if (format == OutputFormat.Json)
        {
            Output.Json(target, writer =>
            {
                WriteHead(writer, funds.Book, funds.Code, funds.Name);
                writer.WriteString("period", funds.Period.Name);
                Output.JsonArray(writer, "rows", [new("project", new Text("项目", "project"), p => p.Project), .. Amounts], funds.Projects);
                writer.WritePropertyName("totals");
                Output.JsonObject(writer, Amounts, funds.Totals);
                writer.WriteEndObject();
            });
            return;
        }
        var totals = funds.Totals;
        Column<ProjectFund>[] shown =
        [
            new("project", new Text("项目", "project"), p => ReferenceEquals(p, totals) ? new Text("合计", "total").In(language) : Shown(p.Project, language)),
            .. Amounts,
        ];
        if (format == OutputFormat.Table)
        {
            target.WriteLine($"{new Text("项目台账", "Project ledger").In(language)}  {funds.Book}  {funds.Code} {funds.Name}  {funds.Period}");
        }
        Output.Listing(target, format, language, shown, funds.Projects.Append(totals).ToList());
        if (format == OutputFormat.Table)
        {
            foreach (var over in funds.Projects.Where(p => p.Remaining.IsNegative))
            {
                target.WriteLine(new Text($"注意：项目“{Shown(over.Project, language)}”支出超过所收，结余为负", $"note: project '{Shown(over.Project, language)}' has spent more than it received").In(language));
            }
        }
    }
}
