using Ledger.Cli.Hosting;
using Ledger.Core;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Contracts;

[Says("登记账套的合同：合同编号,对方单位,标的,开始日期,结束日期,每期金额,付款周期(月/季/年)。", "Register a book's contracts: 合同编号,对方单位,标的,开始日期,结束日期,每期金额,付款周期(月/季/年).")]
internal sealed class ImportContractsCommand(CliContext context) : LedgerCommand<Import.ImportRegisterSettings>(context)
{
    protected override int Run(Import.ImportRegisterSettings settings)
    {
        var book = RequiredBook(settings.Book);
        return WithSession(settings, session =>
        {
            using var stream = InputFile.Open(Context, settings.File);
            var result = session.Contracts.Import(settings.File, stream, book, settings.DryRun);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var r = result.Value;
            var zh = LanguageOf(settings) == Language.Zh;
            var verb = r.DryRun ? (zh ? "试运行，未写入：" : "dry run, nothing written: ") : "";
            Context.Out.WriteLine(zh
                ? $"{r.File}: {verb}{r.Book} 新登记合同 {r.Registered} 份，变更 {r.Changed} 份，未变 {r.Unchanged} 份"
                : $"{r.File}: {verb}{r.Registered} contracts registered in {r.Book}, {r.Changed} changed, {r.Unchanged} unchanged");
            return ExitCodes.Done;
        });
    }
}
