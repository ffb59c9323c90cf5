using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Audit;
using Ledger.Core.Books;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Reports;

[Says("审计发现：先按规则、按村汇总，再逐项列出问题凭证、金额和理由。", "Audit findings over a period's posted books: a summary by rule and by village, then each finding with its vouchers, amount and why.")]
internal sealed class AuditReportCommand(CliContext context) : LedgerCommand<AuditReportCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("期间：月份 2024-03、季度 2024-Q1 或年度 2024", "The period: a month 2024-03, a quarter 2024-Q1 or a year 2024")]
        [CommandOption("--period <PERIOD>")]
        public string? Period { get; init; }

        [Says("村编码，如 V001", "The village code, e.g. V001")]
        [CommandOption("--village <CODE>")]
        public string? Village { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var period = RequiredPeriod(settings.Period);
        var village = OptionalVillage(settings.Village);
        var language = LanguageOf(settings);
        var format = FormatOf(settings);
        var json = format == OutputFormat.Json;
        Column<Finding>[] columns =
        [
            new("rule", new Text("规则", "rule"), f => f.Rule),
            new("rule_title", new Text("规则名称", "rule title"), f => f.RuleTitle),
            new("rule_title_zh", new Text("规则名称（中文）", "rule title (zh)"), f => f.RuleTitle.Zh),
            new("code", new Text("代码", "code"), f => f.Code),
            new("title", new Text("问题", "finding"), f => json ? f.Title.En : f.Title.In(language)),
            new("title_zh", new Text("问题（中文）", "finding (zh)"), f => f.Title.Zh),
            new("book", new Text("账套", "book"), f => f.Book.ToString()),
            new("vouchers", new Text("凭证", "vouchers"), f => string.Join(",", f.Vouchers)),
            new("amount", new Text("金额", "amount"), f => f.Amount),
            new("why", new Text("说明", "why"), f => json ? f.Why.En : f.Why.In(language)),
            new("why_zh", new Text("说明（中文）", "why (zh)"), f => f.Why.Zh),
        ];
        // A table names the rule in the summary above it, so each finding row keeps its number and its own title.
        var shown = json ? columns
            : format == OutputFormat.Table ? columns.Where(c => !c.Key.EndsWith("_zh", StringComparison.Ordinal) && c.Key != "rule_title").ToArray()
            : columns.Where(c => !c.Key.EndsWith("_zh", StringComparison.Ordinal)).ToArray();
        Column<AuditReport.RuleTotal>[] byRule =
        [
            new("rule", new Text("规则", "rule"), r => r.Rule.Number),
            new("title", new Text("检查内容", "what is checked"), r => json ? r.Rule.Title.En : r.Rule.Title.In(language)),
            new("title_zh", new Text("检查内容（中文）", "what is checked (zh)"), r => r.Rule.Title.Zh),
            new("count", new Text("发现", "findings"), r => r.Count),
            new("amount", new Text("涉及金额", "amount"), r => r.Amount),
        ];
        Column<AuditReport.VillageTotal>[] byVillage =
        [
            new("village", new Text("村", "village"), v => v.Village.Value),
            new("name", new Text("村名", "name"), v => v.Name),
            new("committee", new Text("村委会账", "committee"), v => v.Committee),
            new("collective", new Text("合作社账", "collective"), v => v.Collective),
            new("count", new Text("合计", "findings"), v => v.Count),
        ];
        return WithSession(settings, session =>
        {
            var report = session.Audit.Report(period, village);
            Emit(settings, target =>
            {
                switch (format)
                {
                    case OutputFormat.Json:
                        Output.Json(target, writer =>
                        {
                            writer.WriteStartObject();
                            writer.WriteString("period", report.Period.Name);
                            writer.WriteStartObject("summary");
                            Output.JsonArray(writer, "by_rule", byRule, report.ByRule);
                            Output.JsonArray(writer, "by_village", byVillage, report.ByVillage);
                            writer.WriteEndObject();
                            Output.JsonArray(writer, "findings", columns, report.Findings);
                            writer.WriteEndObject();
                        });
                        break;
                    case OutputFormat.Table:
                        Table(target, language, report, byRule.Where(c => c.Key != "title_zh").ToArray(), byVillage, shown);
                        break;
                    default:
                        // CSV and the spreadsheet hold one table, so they carry the findings; the summary is theirs to pivot.
                        Output.Listing(target, format, language, shown, report.Findings);
                        break;
                }
            });
            return ExitCodes.Done;
        });
    }

    private static void Table(TextWriter target, Language language, AuditReport report, Column<AuditReport.RuleTotal>[] byRule, Column<AuditReport.VillageTotal>[] byVillage, Column<Finding>[] details)
    {
        var count = report.Findings.Count;
        target.WriteLine(new Text($"审计发现  {report.Period}：{count} 项", $"Audit findings  {report.Period}: {count}").In(language));
        target.WriteLine(new Text("按规则汇总", "By rule").In(language));
        Output.Listing(target, OutputFormat.Table, language, byRule, report.ByRule);
        target.WriteLine(new Text("按村汇总", "By village").In(language));
        Output.Listing(target, OutputFormat.Table, language, byVillage, report.ByVillage);
        if (count == 0)
        {
            target.WriteLine(new Text("各项规则均未发现问题。", "No rule found anything.").In(language));
            return;
        }
        target.WriteLine(new Text("明细", "Details").In(language));
        Output.Listing(target, OutputFormat.Table, language, details, report.Findings);
    }
}
