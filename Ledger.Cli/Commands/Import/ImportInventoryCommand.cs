using Ledger.Cli.Hosting;
using Ledger.Core;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Import;

[Says("导入年度资产清查的核实数（列：村编码,行次,核实数；行次为资产负债表的行号），全部成功或全部不导入；每次填写都留存。",
    "Import the asset inventory's verified values (columns 村编码,行次,核实数; 行次 is a balance-sheet line number), all or none; every value set is kept.")]
internal sealed class ImportInventoryCommand(CliContext context) : LedgerCommand<ImportInventoryCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("文件（CSV、XLSX 或 XLS）", "The file (CSV, XLSX or XLS)")]
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";

        [Says("清查年度，如 2024", "The inventory's year, e.g. 2024")]
        [CommandOption("--year <YEAR>")]
        public int? Year { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var year = RequiredYear(settings.Year);
        return WithSession(settings, session =>
        {
            using var stream = InputFile.Open(Context, settings.File);
            var result = session.Inventory.ImportVerified(settings.File, stream, year);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Context.Out.WriteLine(LanguageOf(settings) == Language.Zh
                ? $"已记录 {result.Value} 个核实数（{year} 年度资产清查）"
                : $"Recorded {result.Value} verified values ({year} asset inventory)");
            return ExitCodes.Done;
        });
    }
}
