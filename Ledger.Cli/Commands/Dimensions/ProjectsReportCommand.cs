using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Dimensions;

namespace Ledger.Cli.Commands.Dimensions;

[Says("项目台账：241 专项应付款或 231 一事一议资金按项目列出期初结余、本期收到、本期支出、期末结余。",
    "Project ledger of 241 专项应付款 or 231 一事一议资金: per project, what remained, was received and spent in the period, and what remains.")]
internal sealed class ProjectsReportCommand(CliContext context) : LedgerCommand<BookAccountPeriodSettings>(context)
{
    private static readonly Column<ProjectFund>[] Amounts =
    [
        new("opening", new Text("期初结余", "opening remaining"), p => p.OpeningRemaining),
        new("received", new Text("本期收到", "received"), p => p.Received),
        new("spent", new Text("本期支出", "spent"), p => p.Spent),
        new("remaining", new Text("期末结余", "remaining"), p => p.Remaining),
    ];

    protected override int Run(BookAccountPeriodSettings settings)
    {
        var (book, account, period) = RequiredBookAccountPeriod(settings);
        return WithSession(settings, session =>
        {
            var result = session.Dimensions.Projects(book, account, period);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var funds = result.Value;
            var language = LanguageOf(settings);
            var format = FormatOf(settings);
            Emit(settings, target =>
            {
                if (format == OutputFormat.Json)
                {
                    Output.Json(target, writer =>
                    {
                        writer.WriteStartObject();
                        writer.WriteString("book", funds.Book.ToString());
                        writer.WriteString("account", funds.Code);
                        writer.WriteString("name", funds.Name);
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
                    new("project", new Text("项目", "project"),
                        p => ReferenceEquals(p, totals) ? new Text("合计", "total").In(language) : p.Project.Length == 0 ? DimensionReportCommand.Unnamed.In(language) : p.Project),
                    .. Amounts,
                ];
                if (format == OutputFormat.Table)
                {
                    target.WriteLine($"{new Text("项目台账", "Project ledger").In(language)}  {funds.Book}  {funds.Code} {funds.Name}  {funds.Period}");
                }
                Output.Listing(target, format, language, shown, funds.Projects.Append(totals).ToList());
                if (format == OutputFormat.Table && funds.Projects.FirstOrDefault(p => p.Remaining.IsNegative) is { } over)
                {
                    target.WriteLine(new Text($"注意：项目“{over.Project}”支出超过所收，结余为负", $"note: project '{over.Project}' has spent more than it received").In(language));
                }
            });
            return ExitCodes.Done;
        });
    }
}
