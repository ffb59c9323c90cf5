using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Audit;
using Ledger.Core.Books;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Reports;

[Says("审计发现：按规则列出期间已记账账簿中的问题凭证、金额和理由。", "Audit findings (domain.md §7) over a period's posted books: rule, vouchers, amount, and why.")]
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
        var json = FormatOf(settings) == OutputFormat.Json;
        Column<Finding>[] columns =
        [
            new("rule", new Text("规则", "rule"), f => f.Rule),
            new("code", new Text("代码", "code"), f => f.Code),
            new("title", new Text("问题", "finding"), f => json ? f.Title.En : f.Title.In(language)),
            new("title_zh", new Text("问题（中文）", "finding (zh)"), f => f.Title.Zh),
            new("book", new Text("账套", "book"), f => f.Book.ToString()),
            new("vouchers", new Text("凭证", "vouchers"), f => string.Join(",", f.Vouchers)),
            new("amount", new Text("金额", "amount"), f => f.Amount),
            new("why", new Text("说明", "why"), f => json ? f.Why.En : f.Why.In(language)),
            new("why_zh", new Text("说明（中文）", "why (zh)"), f => f.Why.Zh),
        ];
        var shown = json ? columns : columns.Where(c => !c.Key.EndsWith("_zh", StringComparison.Ordinal)).ToArray();
        return WithSession(settings, session =>
        {
            var findings = session.Audit.Run(period, village);
            Emit(settings, target =>
            {
                if (FormatOf(settings) == OutputFormat.Table)
                {
                    target.WriteLine(language == Language.Zh ? $"审计发现  {period}：{findings.Count} 项" : $"Audit findings  {period}: {findings.Count}");
                }
                Output.Listing(target, FormatOf(settings), language, shown, findings);
            });
            return ExitCodes.Done;
        });
    }
}
