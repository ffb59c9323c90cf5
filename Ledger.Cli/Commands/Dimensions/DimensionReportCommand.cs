using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Dimensions;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Dimensions;

[Says("辅助核算余额表：一个科目（含明细科目）按对方单位或项目列出期初余额、本期借方、本期贷方、期末余额；期末合计即科目余额。",
    "Balances of an account (and its sub-accounts) per counterparty or project: opening, debit, credit, closing; the closings add up to the account's balance.")]
internal sealed class DimensionReportCommand(CliContext context) : DimensionCommand<DimensionReportCommand.Settings, DimensionBalances>(context)
{
    public sealed class Settings : BookAccountPeriodSettings
    {
        [Says("按什么核算：counterparty（对方单位）或 project（项目）", "By what: counterparty or project")]
        [CommandOption("--by <DIMENSION>")]
        public string? By { get; init; }
    }

    private static readonly Column<DimensionRow>[] Amounts =
    [
        new("opening", new Text("期初余额（借+/贷-）", "opening (Dr+/Cr-)"), r => r.Opening),
        new("debit", new Text("本期借方", "debit"), r => r.Debit),
        new("credit", new Text("本期贷方", "credit"), r => r.Credit),
        new("closing", new Text("期末余额（借+/贷-）", "closing (Dr+/Cr-)"), r => r.Closing),
    ];

    protected override Func<LedgerSession, Result<DimensionBalances>> Reader(Settings settings)
    {
        var (book, account, period) = RequiredBookAccountPeriod(settings);
        var by = Required(settings.By, "--by", "counterparty").Trim().ToLowerInvariant() switch
        {
            "counterparty" or "对方单位" => DimensionKind.Counterparty,
            "project" or "项目" => DimensionKind.Project,
            _ => throw new UsageException(new Text($"--by 只能是 counterparty 或 project，不是“{settings.By}”", $"--by is counterparty or project, not '{settings.By}'")),
        };
        return session => session.Dimensions.Balances(book, account, by, period);
    }

    protected override void Write(TextWriter target, DimensionBalances balances, OutputFormat format, Language language)
    {
        var key = balances.By == DimensionKind.Project ? "project" : "counterparty";
        if (format == OutputFormat.Json)
        {
            Output.Json(target, writer =>
            {
                WriteHead(writer, balances.Book, balances.Code, balances.Name);
                writer.WriteString("by", key);
                writer.WriteString("period", balances.Period.Name);
                Output.JsonArray(writer, "rows", [new(key, new Text(key, key), r => r.Name), .. Amounts], balances.Rows);
                writer.WritePropertyName("totals");
                Output.JsonObject(writer, Amounts, balances.Totals);
                writer.WriteEndObject();
            });
            return;
        }
        var byProject = balances.By == DimensionKind.Project;
        Column<DimensionRow>[] shown =
        [
            new(key, byProject ? new Text("项目", "project") : new Text("对方单位", "counterparty"),
                r => ReferenceEquals(r, balances.Totals) ? new Text("合计", "total").In(language) : Shown(r.Name, language)),
            .. Amounts,
        ];
        if (format == OutputFormat.Table)
        {
            var byName = byProject ? new Text("按项目", "by project") : new Text("按对方单位", "by counterparty");
            target.WriteLine($"{new Text("辅助核算余额表", "Balances by dimension").In(language)}  {balances.Book}  {balances.Code} {balances.Name}  {byName.In(language)}  {balances.Period}");
        }
        Output.Listing(target, format, language, shown, balances.Rows.Append(balances.Totals).ToList());
    }
}
