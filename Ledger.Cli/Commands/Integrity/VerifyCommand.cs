using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Identity;
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
            Context.Out.WriteLine((result.Value.ProofMode, book is null, zh) switch
            {
                (ProofMode.Names, _, true) => "注意：本乡镇以 --no-passwords 运行（或建于密码功能之前），操作人只凭用户名，审批和记账没有签名",
                (ProofMode.Names, _, false) => "Note: this township runs with --no-passwords (or was made before passwords existed): users act by name alone, and approvals and postings carry no signatures",
                (_, true, true) => $"审批和记账的签名：{result.Value.SignaturesChecked} 个签名均与签名人当时的公钥相符，覆盖每一条审批、审批完成和记账记录；各人的签名密钥均经管理员认证，根密钥 {result.Value.RootKey}（请与纸质留存的指纹核对）",
                (_, true, false) => $"Signatures: {result.Value.SignaturesChecked} signatures verify with their signers' keys of the time and cover every approval, clearance and posting; every key is certified by an admin, back to the root key {result.Value.RootKey} (compare with the fingerprint kept on paper)",
                (_, false, true) => "审批和记账的签名在复核整个账库（不带 --book）时核对",
                (_, false, false) => "Signatures over approvals and postings are checked when the whole store is verified (without --book)",
            });
            if (result.Value.RecordsBeforeProof > 0)
            {
                var since = DateTimeOffset.Parse(result.Value.ProofSinceUtc!, System.Globalization.CultureInfo.InvariantCulture)
                    .ToOffset(LedgerSession.TownshipOffset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
                Context.Out.WriteLine(zh
                    ? $"另有 {result.Value.RecordsBeforeProof} 条审批和记账记录早于本乡镇启用密码（{since}，北京时间），当时只凭用户名，没有签名"
                    : $"{result.Value.RecordsBeforeProof} approvals and postings predate passwords here ({since}, Beijing time): they were made by name and carry no signature");
            }
            return ExitCodes.Done;
        });
    }
}
