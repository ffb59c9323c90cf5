using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Returns;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Reports;

[Says("年度资产清查 农清明细19-1 资产负债表（组织类）：各村合作社 12 月 31 日的账面数与镇里核实的核实数；一个村为本村表，多村或全镇为汇总。",
    "The yearly asset inventory, 农清明细19-1: each collective's balance sheet at 31 December with book and verified values; one village's own, or the villages' summary.")]
internal sealed class InventoryReportCommand(CliContext context) : LedgerCommand<InventoryReportCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("年度，如 2024", "The year, e.g. 2024")]
        [CommandOption("--year <YEAR>")]
        public int? Year { get; init; }

        [Says("只含这些村，逗号分隔，如 V001 或 V001,V002；不给则全镇汇总", "Only these villages, comma-separated, e.g. V001 or V001,V002; every village when left out")]
        [CommandOption("--villages <CODES>")]
        public string? Villages { get; init; }
    }

    private static readonly IReadOnlyList<Column<InventoryLine>> Columns =
    [
        new("key", new Text("行", "line"), l => l.Key),
        new("row", new Text("行次", "row"), l => l.Row),
        new("name", new Text("项目", "item"), l => l.Name),
        new("book", new Text("账面数", "book"), l => l.Book),
        new("verified", new Text("核实数", "verified"), l => l.Verified),
        new("verified_set", new Text("已核实", "verified set"), l => l.IsVerifiedSet),
    ];

    protected override int Run(Settings settings)
    {
        var year = RequiredYear(settings.Year);
        var villages = VillageList(settings.Villages);
        return WithSession(settings, session =>
        {
            var result = session.Inventory.Form(year, villages);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var form = result.Value;
            if (PrintedTableFile.Takes(settings.Out))
            {
                PrintedTableFile.Write(Context.ResolvePath(settings.Out!), InventoryPrint.Of(form));
                Context.Out.WriteLine(LanguageOf(settings) == Language.Zh ? $"已写出 {settings.Out}" : $"Wrote {settings.Out}");
                return ExitCodes.Done;
            }
            var language = LanguageOf(settings);
            Emit(settings, target =>
            {
                if (FormatOf(settings) == OutputFormat.Json)
                {
                    Output.Json(target, writer =>
                    {
                        writer.WriteStartObject();
                        writer.WriteString("form", InventoryForm.FormNumber);
                        writer.WriteNumber("year", form.Year);
                        writer.WriteNumber("villages", form.VillageCount);
                        Output.JsonArray(writer, "rows", Columns, form.Lines);
                        writer.WriteEndObject();
                    });
                    return;
                }
                if (FormatOf(settings) == OutputFormat.Table)
                {
                    target.WriteLine(language == Language.Zh
                        ? $"{InventoryForm.FormNumber} {InventoryForm.Title}  {form.Township}  {form.Year}年12月31日  汇入村数 {form.VillageCount}"
                        : $"{InventoryForm.FormNumber} balance sheet (organization)  {form.Township}  31 Dec {form.Year}  villages: {form.VillageCount}");
                }
                Output.Listing(target, FormatOf(settings), language, Columns, form.Lines);
            });
            return ExitCodes.Done;
        });
    }
}
