using System.Globalization;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Returns;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Reports;

[Says("农经统计年报：表六（村集体经济组织收益分配）、表七（村集体经济组织资产负债），全镇各村合作社账套汇总，单位万元，代码行与平衡关系按表式；--out t6.xlsx 为上报用工作簿。",
    "The statistical returns: table 6 (income distribution) and table 7 (assets and liabilities) of the villages' collectives, in 万元, coded rows whose relations hold on the printed figures; --out t6.xlsx for the upload.")]
internal sealed class StatsCommand(CliContext context) : LedgerCommand<StatsCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("表：6（收益分配）或 7（资产负债）", "The table: 6 (income distribution) or 7 (assets and liabilities)")]
        [CommandOption("--table <TABLE>")]
        public string? Table { get; init; }

        [Says("年度，如 2024", "The year, e.g. 2024")]
        [CommandOption("--year <YEAR>")]
        public int? Year { get; init; }

        [Says("只汇总这些村，逗号分隔，如 V001,V002", "Only these villages, comma-separated, e.g. V001,V002")]
        [CommandOption("--villages <CODES>")]
        public string? Villages { get; init; }

        [Says("用另一份行映射（JSON，格式同 seeds/stats/），如县里的旧表式或省里的变体", "Use another row map (JSON, as in seeds/stats/), such as a county's older form or a provincial variant")]
        [CommandOption("--map <FILE>")]
        public string? Map { get; init; }
    }

    private static readonly IReadOnlyList<Column<StatsRow>> Columns =
    [
        new("code", new Text("代码", "code"), r => r.Code),
        new("name", new Text("指标名称", "name"), r => r.Name),
        new("unit", new Text("计量单位", "unit"), _ => "万元"),
        new("value", new Text("数量", "value"), r => r.Printed),
        new("amount", new Text("按元合计", "amount in yuan"), r => r.Exact),
    ];

    private static readonly IReadOnlyList<Column<StatsIndicator>> IndicatorColumns =
    [
        new("code", new Text("代码", "code"), i => i.Code),
        new("name", new Text("指标名称", "name"), i => i.Name),
        new("unit", new Text("计量单位", "unit"), _ => "个"),
        new("value", new Text("数量", "value"), i => i.Villages.ToString(CultureInfo.InvariantCulture)),
    ];

    protected override int Run(Settings settings)
    {
        var table = Required(settings.Table, "--table", "6").Trim();
        var year = RequiredYear(settings.Year);
        var villages = VillageList(settings.Villages);
        StatsTableDefinition? map = null;
        if (settings.Map is { } mapFile)
        {
            var path = Context.ResolvePath(mapFile);
            if (!File.Exists(path))
            {
                throw new UsageException(new Text($"--map：没有文件 {mapFile}", $"--map: there is no file {mapFile}"));
            }
            map = Parsed(StatsTableDefinition.Parse(File.ReadAllText(path), mapFile), "--map");
            if (map.Table != table)
            {
                throw new UsageException(new Text($"--map：{mapFile} 是表 {map.Table} 的行映射，不是 --table {table} 的", $"--map: {mapFile} maps table {map.Table}, not --table {table}"));
            }
        }
        return WithSession(settings, session =>
        {
            var result = map is null ? session.Stats.Table(table, year, villages) : session.Stats.Table(map, year, villages);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var stats = result.Value;
            var language = LanguageOf(settings);
            if (settings.Out is { } file && PrintedTableFile.Takes(file))
            {
                PrintedTableFile.Write(Context.ResolvePath(file), StatsPrint.Of(stats));
                Context.Out.WriteLine(language == Language.Zh ? $"已写出 {file}" : $"Wrote {file}");
                return ExitCodes.Done;
            }
            Emit(settings, target => Write(target, settings, stats, language));
            return ExitCodes.Done;
        });
    }

    private static void Write(TextWriter target, Settings settings, StatsTable stats, Language language)
    {
        var definition = stats.Definition;
        if (FormatOf(settings) == OutputFormat.Json)
        {
            Output.Json(target, writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("table", definition.Table);
                writer.WriteString("title", definition.Title);
                writer.WriteString("form", definition.Form);
                writer.WriteString("authority", definition.Authority);
                writer.WriteString("unit", definition.Unit);
                writer.WriteString("township", stats.Township);
                writer.WriteNumber("year", stats.Year);
                writer.WriteNumber("villages", stats.VillageCount);
                writer.WriteStartArray("books");
                foreach (var book in stats.Books)
                {
                    writer.WriteStringValue(book.ToString());
                }
                writer.WriteEndArray();
                Output.JsonArray(writer, "rows", Columns, stats.Rows);
                Output.JsonArray(writer, "indicators", IndicatorColumns, stats.Indicators);
                writer.WriteStartArray("notes");
                foreach (var note in stats.Notes)
                {
                    writer.WriteStringValue(note.In(language));
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            });
            return;
        }
        if (FormatOf(settings) == OutputFormat.Table)
        {
            target.WriteLine(language == Language.Zh
                ? $"{definition.Title}  表号：{definition.Form}  制表机关：{definition.Authority}"
                : $"{definition.TitleEn}  form {definition.Form}  by {definition.Authority}");
            target.WriteLine(language == Language.Zh
                ? $"填报单位：{stats.Township}  {stats.Year}年  单位：{definition.Unit}  汇入本表村数 {stats.VillageCount}"
                : $"{stats.Township}  {stats.Year}  unit: {definition.Unit}  villages: {stats.VillageCount}");
        }
        Output.Listing(target, FormatOf(settings), language, Columns, stats.Rows);
        if (stats.Indicators.Count > 0)
        {
            Output.Listing(target, FormatOf(settings), language, IndicatorColumns, stats.Indicators);
        }
        foreach (var note in stats.Notes)
        {
            target.WriteLine((language == Language.Zh ? "注：" : "Note: ") + note.In(language));
        }
    }
}
