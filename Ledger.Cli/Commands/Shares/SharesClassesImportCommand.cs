using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Shares;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Shares;

[Says("从表格添加章程规定的股份类型，列为 股份类型,权重（如 人口股,1）。", "Add the charter's share classes from a sheet with the columns 股份类型,权重 (e.g. 人口股,1).")]
internal sealed class SharesClassesImportCommand(CliContext context) : LedgerCommand<SharesClassesImportCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("文件", "The file")]
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";

        [CommandOption("--dry-run")]
        [Says("检查文件并显示股份类型，不写入任何数据。", "Check the file and show the classes, writing nothing.")]
        public bool DryRun { get; init; }
    }

    private static readonly Column<ShareClass>[] Columns =
    [
        new("class", new Text("股份类型", "class"), c => c.Name),
        new("weight", new Text("权重", "weight"), c => ShareWeight.ToDecimal(c.Weight.TenThousandths)),
    ];

    protected override int Run(Settings settings) => WithSession(settings, session =>
    {
        using var stream = InputFile.Open(Context, settings.File);
        var result = session.Shares.ImportClasses(settings.File, stream, settings.DryRun);
        if (result.IsRefused)
        {
            return Refused(result, settings);
        }
        Emit(settings, target => Output.Listing(target, FormatOf(settings), LanguageOf(settings), Columns, result.Value));
        return ExitCodes.Done;
    });
}
