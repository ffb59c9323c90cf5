using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Reports;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Reports;

[Says("全镇各村两本账并列，按账套类别分别合计（两类账从不相加）。", "Every village's two books side by side, with township totals per kind of book (never summed across).")]
internal sealed class TownshipReportCommand(CliContext context) : LedgerCommand<TownshipReportCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("期间：月份 2024-03、季度 2024-Q1 或年度 2024", "The period: a month 2024-03, a quarter 2024-Q1 or a year 2024")]
        [CommandOption("--period <PERIOD>")]
        public string? Period { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var period = RequiredPeriod(settings.Period);
        var language = LanguageOf(settings);
        Column<TownshipRow>[] columns =
        [
            new("book", new Text("账套", "book"), r => r.VillageName.Length == 0 ? (language == Language.Zh ? "全镇合计" : "township total") : r.Book.ToString()),
            new("village", new Text("村", "village"), r => r.VillageName),
            new("kind", new Text("账套类型", "kind"), r => new Shown(r.Book.Kind.Key(), r.Book.Kind.Label())),
            new("income", new Text("收入", "income"), r => r.Income),
            new("spending", new Text("支出", "spending"), r => r.Spending),
            new("cash", new Text("库存现金", "cash"), r => r.Cash),
            new("bank", new Text("银行存款", "bank"), r => r.Bank),
            new("pending", new Text("待处理凭证", "vouchers pending"), r => r.Pending),
            new("findings", new Text("审计发现（结账时）", "findings (at close)"), r => r.Findings),
        ];
        return WithSession(settings, session =>
        {
            var view = session.Reports.Township(period);
            Emit(settings, target =>
            {
                if (FormatOf(settings) == OutputFormat.Json)
                {
                    Output.Json(target, writer =>
                    {
                        writer.WriteStartObject();
                        writer.WriteString("period", view.Period.Name);
                        Output.JsonArray(writer, "books", columns, view.Rows);
                        writer.WriteStartObject("totals");
                        foreach (var (kind, total) in view.Totals)
                        {
                            writer.WritePropertyName(kind.Key());
                            Output.JsonObject(writer, columns.Skip(3).ToList(), total);
                        }
                        writer.WriteEndObject();
                        writer.WriteEndObject();
                    });
                    return;
                }
                if (FormatOf(settings) == OutputFormat.Table)
                {
                    target.WriteLine(language == Language.Zh ? $"全镇两本账一览  {view.Period}" : $"Township view  {view.Period}");
                }
                Output.Listing(target, FormatOf(settings), language, columns, view.Rows.Concat(view.Totals.Values.OrderBy(t => t.Book.Kind)).ToList());
            });
            return ExitCodes.Done;
        });
    }
}
