using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Reports;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Reports;

[Says("汇总表：全镇（或所列各村）同类账套的资产负债表、收益及收益分配表或科目余额表（一级科目）逐行相加，注明汇入村数。",
    "A summary (汇总表): one statement of every book of a kind, summed line by line.")]
internal sealed class SummaryCommand(CliContext context) : LedgerCommand<SummaryCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("报表：balance-sheet（资产负债表）、income（收益及收益分配表）或 trial-balance（科目余额表）", "The statement: balance-sheet, income or trial-balance")]
        [CommandOption("--statement <STATEMENT>")]
        public string? Statement { get; init; }

        [Says("账套类型：committee（村委会）或 collective（合作社）", "The kind of book: committee or collective")]
        [CommandOption("--kind <KIND>")]
        public string? Kind { get; init; }

        [Says("期间：月份 2024-12、季度或年度 2024", "The period: a month 2024-12, a quarter or a year 2024")]
        [CommandOption("--period <PERIOD>")]
        public string? Period { get; init; }

        [Says("只汇总这些村，逗号分隔，如 V001,V002", "Only these villages, comma-separated, e.g. V001,V002")]
        [CommandOption("--villages <CODES>")]
        public string? Villages { get; init; }
    }

    protected override int Run(Settings settings)
    {
        StatementKind? statement = Required(settings.Statement, "--statement", "income").Trim() switch
        {
            "balance-sheet" => StatementKind.BalanceSheet,
            "income" => StatementKind.Income,
            "trial-balance" => null,
            var other => throw new UsageException(new Text($"--statement 只能是 balance-sheet、income 或 trial-balance，不能是“{other}”",
                $"--statement takes balance-sheet, income or trial-balance, not '{other}'")),
        };
        if (!BookKindNames.TryParse(Required(settings.Kind, "--kind", "collective"), out var kind))
        {
            throw new UsageException(new Text($"--kind 只能是 committee 或 collective，不能是“{settings.Kind}”", $"--kind takes committee or collective, not '{settings.Kind}'"));
        }
        var period = RequiredPeriod(Required(settings.Period, "--period", "2024"));
        var villages = VillageList(settings.Villages);
        return WithSession(settings, session =>
        {
            if (statement is null)
            {
                return TrialBalance(session, settings, kind, period, villages);
            }
            if (PrintedTableFile.Takes(settings.Out))
            {
                var printed = session.Books.SummaryTable(statement.Value, kind, period, villages);
                if (printed.IsRefused)
                {
                    return Refused(printed, settings);
                }
                PrintedTableFile.Write(Context.ResolvePath(settings.Out!), printed.Value);
                return ExitCodes.Done;
            }
            var result = session.Statements.Summary(statement.Value, kind, period, villages);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var summary = result.Value;
            var language = LanguageOf(settings);
            var columns = StatementCommand.Columns(summary.Columns);
            Emit(settings, target =>
            {
                if (FormatOf(settings) == OutputFormat.Json)
                {
                    Output.Json(target, writer =>
                    {
                        writer.WriteStartObject();
                        writer.WriteString("statement", settings.Statement!.Trim());
                        writer.WriteString("kind", summary.Kind.Key());
                        writer.WriteString("period", summary.Period.Name);
                        writer.WriteString("title", summary.Title);
                        writer.WriteNumber("villages", summary.VillageCount);
                        writer.WriteStartArray("books");
                        foreach (var book in summary.Books)
                        {
                            writer.WriteStringValue(book.ToString());
                        }
                        writer.WriteEndArray();
                        Output.JsonArray(writer, "rows", columns, summary.Rows);
                        writer.WriteEndObject();
                    });
                    return;
                }
                if (FormatOf(settings) == OutputFormat.Table)
                {
                    target.WriteLine(language == Language.Zh
                        ? $"{summary.Title}（汇总）  {summary.Kind.Label().Zh}  {summary.Period}  汇入本表村数 {summary.VillageCount}"
                        : $"{summary.TitleEn} (summary)  {summary.Kind.Key()}  {summary.Period}  villages summed: {summary.VillageCount}");
                }
                Output.Listing(target, FormatOf(settings), language, columns, summary.Rows);
            });
            return ExitCodes.Done;
        });
    }

    /// <summary>The level-1 trial balance summed over the books, in the trial balance's own shape.</summary>
    private int TrialBalance(LedgerSession session, Settings settings, BookKind kind, Ledger.Core.Periods.Period period, IReadOnlyList<VillageCode>? villages)
    {
        var result = session.TrialBalance.Summary(kind, period, villages);
        if (result.IsRefused)
        {
            return Refused(result, settings);
        }
        var summary = result.Value;
        var language = LanguageOf(settings);
        var columns = TrialBalanceCommand.Columns;
        Emit(settings, target =>
        {
            if (FormatOf(settings) == OutputFormat.Json)
            {
                Output.Json(target, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("statement", "trial-balance");
                    writer.WriteString("kind", summary.Kind.Key());
                    writer.WriteString("period", summary.Period.Name);
                    writer.WriteNumber("villages", summary.VillageCount);
                    writer.WriteStartArray("books");
                    foreach (var book in summary.Books)
                    {
                        writer.WriteStringValue(book.ToString());
                    }
                    writer.WriteEndArray();
                    Output.JsonArray(writer, "rows", columns, summary.Rows);
                    writer.WritePropertyName("totals");
                    Output.JsonObject(writer, columns.Skip(3).ToList(), summary.Totals);
                    writer.WriteEndObject();
                });
                return;
            }
            if (FormatOf(settings) == OutputFormat.Table)
            {
                target.WriteLine(language == Language.Zh
                    ? $"科目余额表（汇总）  {summary.Kind.Label().Zh}  {summary.Period}  汇入本表村数 {summary.VillageCount}"
                    : $"Trial balance (summary)  {summary.Kind.Key()}  {summary.Period}  villages summed: {summary.VillageCount}");
            }
            var totals = summary.Totals with { Name = language == Language.Zh ? "合计" : "Total" };
            Output.Listing(target, FormatOf(settings), language, columns, summary.Rows.Append(totals).ToList());
        });
        return ExitCodes.Done;
    }
}
