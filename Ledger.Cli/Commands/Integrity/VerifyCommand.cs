using Ledger.Cli.Hosting;
using Ledger.Core;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Integrity;

[Says("复核账库的全部约束：哈希链、凭证借贷平衡、凭证号连续、已结账月份、科目月合计。", "Re-check every invariant of the store: the hash chain, balanced vouchers, gapless numbers, closed months, totals.")]
internal sealed class VerifyCommand(CliContext context) : LedgerCommand<VerifyCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = OptionalBook(settings.Book);
        return WithSession(settings, session =>
        {
            var result = session.Verifier.Verify(book);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var zh = LanguageOf(settings) == Language.Zh;
            Context.Out.WriteLine(zh
                ? $"账库完好：{result.Value.Books} 个账套的哈希链、{result.Value.VouchersSealed} 张已记账凭证均核对无误"
                : $"The store is intact: the hash chains of {result.Value.Books} books and {result.Value.VouchersSealed} posted vouchers check out");
            foreach (var (name, head) in result.Value.ChainHeads.OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                Context.Out.WriteLine($"  {name}  {head}");
            }
            return ExitCodes.Done;
        });
    }
}
