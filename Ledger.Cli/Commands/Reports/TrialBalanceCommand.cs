using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Reports;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Reports;

[Says("科目余额表：账套一个月、季度或年度的余额和发生额。", "The trial balance (科目余额表) of a book for a month, quarter or year.")]
internal sealed class TrialBalanceCommand(CliContext context) : LedgerCommand<TrialBalanceCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [Says("期间：月份 2024-03、季度 2024-Q1 或年度 2024", "The period: a month 2024-03, a quarter 2024-Q1 or a year 2024")]
        [CommandOption("--period <PERIOD>")]
        public string? Period { get; init; }

        [CommandOption("--all")]
        [Says("无余额也无发生额的科目也列出。", "Also list accounts with no balance and no movement.")]
        public bool All { get; init; }
    }

    internal static readonly Column<TrialBalanceRow>[] Columns =
    [
        new("code", new Text("科目编码", "code"), r => r.Code),
        new("name", new Text("科目名称", "name"), r => r.Name),
        new("level", new Text("级次", "level"), r => r.Level == 0 ? null : r.Level),
        new("opening_debit", new Text("期初借方", "opening debit"), r => r.OpeningDebit),
        new("opening_credit", new Text("期初贷方", "opening credit"), r => r.OpeningCredit),
        new("period_debit", new Text("本期借方", "period debit"), r => r.PeriodDebit),
        new("period_credit", new Text("本期贷方", "period credit"), r => r.PeriodCredit),
        new("closing_debit", new Text("期末借方", "closing debit"), r => r.ClosingDebit),
        new("closing_credit", new Text("期末贷方", "closing credit"), r => r.ClosingCredit),
    ];

    protected override int Run(Settings settings)
    {
        var book = RequiredBook(settings.Book);
        var period = RequiredPeriod(settings.Period);
        return WithSession(settings, session =>
        {
            var result = session.TrialBalance.Build(book, period, settings.All);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            if (PrintedTableFile.Takes(settings.Out))
            {
                // The statutory 科目余额表 lists the accounts with a balance or a movement, as the listing does by default.
                var printed = session.Books.TrialBalanceTable(book, period);
                if (printed.IsRefused)
                {
                    return Refused(printed, settings);
                }
                PrintedTableFile.Write(Context.ResolvePath(settings.Out!), printed.Value);
                return ExitCodes.Done;
            }
            Emit(settings, target => Write(target, settings, result.Value));
            return ExitCodes.Done;
        });
    }

    private void Write(TextWriter target, Settings settings, TrialBalance report)
    {
        var language = LanguageOf(settings);
        var format = FormatOf(settings);
        if (format == OutputFormat.Json)
        {
            Output.Json(target, writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("book", report.Book.ToString());
                writer.WriteString("period", report.Period.Name);
                Output.JsonArray(writer, "rows", Columns, report.Rows);
                writer.WritePropertyName("totals");
                Output.JsonObject(writer, Columns.Skip(3).ToList(), report.Totals);
                writer.WriteEndObject();
            });
            return;
        }
        if (format == OutputFormat.Table)
        {
            target.WriteLine(language == Language.Zh
                ? $"科目余额表  {report.Book}  {report.Period}"
                : $"Trial balance  {report.Book}  {report.Period}");
        }
        var totals = report.Totals with { Name = language == Language.Zh ? "合计" : "Total" };
        Output.Listing(target, format, language, Columns, report.Rows.Append(totals).ToList());
    }
}
