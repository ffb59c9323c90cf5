using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Dimensions;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Dimensions;

[Says("辅助核算余额表：一个科目（含明细科目）按对方单位或项目列出期初余额、本期借方、本期贷方、期末余额；期末合计即科目余额。",
    "Balances of an account (and its sub-accounts) per counterparty or project: opening, debit, credit, closing; the closings add up to the account's balance.")]
internal sealed class DimensionReportCommand(CliContext context) : LedgerCommand<DimensionReportCommand.Settings>(context)
{
    public sealed class Settings : BookAccountPeriodSettings
    {
        [Says("按什么核算：counterparty（对方单位）或 project（项目）", "By what: counterparty or project")]
        [CommandOption("--by <DIMENSION>")]
        public string? By { get; init; }
    }

    /// <summary>What a row with no counterparty or project is called on a page.</summary>
    public static readonly Text Unnamed = new("未指定", "(none)");

    protected override int Run(Settings settings)
    {
        var (book, account, period) = RequiredBookAccountPeriod(settings);
        var by = Required(settings.By, "--by", "counterparty").Trim().ToLowerInvariant() switch
        {
            "counterparty" or "对方单位" => DimensionKind.Counterparty,
            "project" or "项目" => DimensionKind.Project,
            _ => throw new UsageException(new Text($"--by 只能是 counterparty 或 project，不是“{settings.By}”", $"--by is counterparty or project, not '{settings.By}'")),
        };
        return WithSession(settings, session =>
        {
            var result = session.Dimensions.Balances(book, account, by, period);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var balances = result.Value;
            var language = LanguageOf(settings);
            var format = FormatOf(settings);
            var key = by == DimensionKind.Project ? "project" : "counterparty";
            Column<DimensionRow>[] amounts =
            [
                new("opening", new Text("期初余额（借+/贷-）", "opening (Dr+/Cr-)"), r => r.Opening),
                new("debit", new Text("本期借方", "debit"), r => r.Debit),
                new("credit", new Text("本期贷方", "credit"), r => r.Credit),
                new("closing", new Text("期末余额（借+/贷-）", "closing (Dr+/Cr-)"), r => r.Closing),
            ];
            Emit(settings, target =>
            {
                if (format == OutputFormat.Json)
                {
                    Column<DimensionRow>[] columns = [new(key, new Text(key, key), r => r.Name), .. amounts];
                    Output.Json(target, writer =>
                    {
                        writer.WriteStartObject();
                        writer.WriteString("book", balances.Book.ToString());
                        writer.WriteString("account", balances.Code);
                        writer.WriteString("name", balances.Name);
                        writer.WriteString("by", key);
                        writer.WriteString("period", balances.Period.Name);
                        Output.JsonArray(writer, "rows", columns, balances.Rows);
                        writer.WritePropertyName("totals");
                        Output.JsonObject(writer, amounts, balances.Totals);
                        writer.WriteEndObject();
                    });
                    return;
                }
                var totals = new Text("合计", "total");
                Column<DimensionRow>[] shown =
                [
                    new(key, by == DimensionKind.Project ? new Text("项目", "project") : new Text("对方单位", "counterparty"),
                        r => ReferenceEquals(r, balances.Totals) ? totals.In(language) : r.Name.Length == 0 ? Unnamed.In(language) : r.Name),
                    .. amounts,
                ];
                if (format == OutputFormat.Table)
                {
                    var byName = by == DimensionKind.Project ? new Text("按项目", "by project") : new Text("按对方单位", "by counterparty");
                    target.WriteLine($"{new Text("辅助核算余额表", "Balances by dimension").In(language)}  {balances.Book}  {balances.Code} {balances.Name}  {byName.In(language)}  {balances.Period}");
                }
                Output.Listing(target, format, language, shown, balances.Rows.Append(balances.Totals).ToList());
            });
            return ExitCodes.Done;
        });
    }
}
