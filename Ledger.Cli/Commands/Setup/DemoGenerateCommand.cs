using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Demo;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Says("为性能测试生成一个乡镇一年的数据：村、报账员的 CSV、ledger 日记账和 Beancount 文件。", "Write a synthetic township's year for benchmarks: villages, the clerks' CSV, a ledger journal and a Beancount file.")]
internal sealed class DemoGenerateCommand(CliContext context) : LedgerCommand<DemoGenerateCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("凭证张数", "How many vouchers")]
        [CommandOption("--vouchers <N>")]
        public int Vouchers { get; init; } = 100_000;

        [Says("村的个数", "How many villages")]
        [CommandOption("--villages <N>")]
        public int Villages { get; init; } = 20;

        [Says("随机数种子，同一种子生成同样的数据", "The random seed; the same seed makes the same data")]
        [CommandOption("--seed <SEED>")]
        public int Seed { get; init; } = 7;
    }

    protected override int Run(Settings settings)
    {
        if (settings.Vouchers < 1 || settings.Villages is < 1 or > 999)
        {
            throw new UsageException("--vouchers takes a positive number and --villages 1 to 999");
        }
        var folder = Context.ResolvePath(settings.Out ?? throw new UsageException("--out names the folder to write, e.g. --out bench-data"));
        var files = TownshipGenerator.Write(folder, settings.Vouchers, settings.Villages, settings.Seed);
        var zh = LanguageOf(settings) == Language.Zh;
        Context.Out.WriteLine(zh
            ? $"已生成 {settings.Villages} 个村、{settings.Vouchers} 张凭证（{files.Lines} 行分录）：\n  {files.Villages}\n  {files.Vouchers}\n  {files.Journal}\n  {files.Beancount}"
            : $"Wrote {settings.Vouchers} vouchers ({files.Lines} lines) over {settings.Villages} villages:\n  {files.Villages}\n  {files.Vouchers}\n  {files.Journal}\n  {files.Beancount}");
        return ExitCodes.Done;
    }
}
