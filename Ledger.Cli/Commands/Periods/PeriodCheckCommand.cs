using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Periods;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Periods;

[Says("结账检查：列出结账会拒绝的每条原因，以及结账会生成的凭证（按月结转损益的金额），不结账。", "Check a month before closing it: every reason the close would refuse, and the voucher it would post (the month's carry of income and expense); closes nothing.")]
internal sealed class PeriodCheckCommand(CliContext context) : LedgerCommand<PeriodCheckCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [Says("期间：月份 2024-03、季度 2024-Q1 或年度 2024（逐月检查）", "The period: a month 2024-03, a quarter 2024-Q1 or a year 2024 (checked month by month)")]
        [CommandOption("--period <PERIOD>")]
        public string? Period { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = RequiredBook(settings.Book);
        var period = RequiredPeriod(settings.Period);
        return WithSession(settings, session =>
        {
            var checks = new List<MonthCheck>();
            foreach (var month in period.Months())
            {
                var result = session.Periods.Check(month, book);
                if (result.IsRefused)
                {
                    return Refused(result, settings);
                }
                checks.Add(result.Value);
            }
            var language = LanguageOf(settings);
            Emit(settings, target =>
            {
                if (FormatOf(settings) == OutputFormat.Json)
                {
                    Output.Json(target, writer =>
                    {
                        writer.WriteStartArray();
                        foreach (var check in checks)
                        {
                            WriteJson(writer, check);
                        }
                        writer.WriteEndArray();
                    });
                    return;
                }
                foreach (var check in checks)
                {
                    foreach (var line in Lines(check, language))
                    {
                        target.WriteLine(line);
                    }
                }
            });
            return ExitCodes.Done;
        });
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter writer, MonthCheck check)
    {
        writer.WriteStartObject();
        Output.JsonFields(writer, [("book", check.Book.ToString()), ("month", check.Month.ToString()), ("closed", check.IsClosed), ("can_close", check.CanClose)]);
        writer.WriteStartArray("blocks");
        foreach (var block in check.Blocks)
        {
            writer.WriteStartObject();
            Output.JsonFields(writer, [("code", block.Code), ("message", block.Message.Zh), ("message_en", block.Message.En)]);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartObject("carry");
        writer.WriteStartArray("lines");
        foreach (var (code, balance) in check.CarryLines)
        {
            writer.WriteStartObject();
            Output.JsonFields(writer, [("code", code), ("balance", balance)]);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        Output.JsonFields(writer, [("to_result", check.CarryToResult)]);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static IEnumerable<string> Lines(MonthCheck check, Language language)
    {
        var zh = language == Language.Zh;
        if (check.IsClosed)
        {
            yield return zh ? $"{check.Book} {check.Month}：已结账" : $"{check.Book} {check.Month}: closed";
            yield break;
        }
        yield return check.CanClose
            ? zh ? $"{check.Book} {check.Month}：可以结账" : $"{check.Book} {check.Month}: ready to close"
            : zh ? $"{check.Book} {check.Month}：不能结账，{check.Blocks.Count} 条原因" : $"{check.Book} {check.Month}: cannot close yet, {check.Blocks.Count} reasons";
        foreach (var block in check.Blocks)
        {
            yield return $"  ✗ {block.Message.In(language)} [{block.Code}]";
        }
        if (check.CarryLines.Count > 0)
        {
            yield return zh
                ? $"  结账将生成“{MonthCheck.CarrySummary}”凭证：{check.CarryLines.Count} 个损益科目转入 321 本年收益，本月收益 {check.CarryToResult.ToDisplayString()}"
                : $"  the close will post '{MonthCheck.CarrySummary}': {check.CarryLines.Count} income and expense accounts into 321, the month's result {check.CarryToResult.ToDisplayString()}";
            foreach (var (code, balance) in check.CarryLines)
            {
                yield return $"    {code}  {balance.ToDisplayString()}";
            }
        }
    }
}
