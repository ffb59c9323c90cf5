using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Says("从 CSV 文件添加村，列为 村编码,村名称。", "Add the villages of a CSV file with the columns 村编码,村名称.")]
internal sealed class ImportVillagesCommand(CliContext context) : LedgerCommand<ImportVillagesCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("文件", "The file")]
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";
    }

    protected override int Run(Settings settings) => WithSession(settings, session =>
    {
        var content = InputFile.Read(Context, settings.File);
        var result = session.Villages.Import(settings.File, content);
        if (result.IsRefused)
        {
            return Refused(result, settings);
        }
        Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh
            ? $"已导入 {result.Value.Count} 个村，每村两个账套"
            : $"Imported {result.Value.Count} villages, each with its two books");
        return ExitCodes.Done;
    });
}
