using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Vouchers;

/// <summary>A voucher's life, part two: moving money between a village's two books.</summary>
public sealed partial class VoucherDesk
{
    /// <summary>
    /// Moves money between a village's two books through 113 内部往来: one voucher in each book, mirrored and linked,
    /// submitted together; they are posted together or not at all.
    /// </summary>
    /// <param name="fromAccount">The paying book's bank or cash leaf; found when the book has only one under 102.</param>
    /// <param name="attachments">The documents the transfer rests on (拨付审批单, the bank's slip); each half carries them.</param>
    public Result<(VoucherId From, VoucherId To)> Transfer(BookRef from, BookRef to, Money amount, DateOnly date, string summary, string? fromAccount = null, string? toAccount = null,
        int attachments = 0)
    {
        if (session.Check(LedgerAction.PrepareVoucher, from.Village) is { } denied)
        {
            return denied;
        }
        if (from.Village != to.Village || from.Kind == to.Kind)
        {
            return Refusal.Of("transfer.books", "划转只在同一个村的两个账套之间进行", "a transfer moves money between the two books of one village");
        }
        if (!amount.IsPositive)
        {
            return Refusal.Of("transfer.amount", "划转金额必须为正数", "the amount of a transfer is positive");
        }
        return session.Store.Write(tx =>
        {
            var fromId = VillageStore.FindBookId(tx, from);
            var toId = VillageStore.FindBookId(tx, to);
            if (fromId is null || toId is null)
            {
                return ChartDesk.UnknownBook(fromId is null ? from : to);
            }
            var fromBank = BankLeaf(tx, fromId.Value, from, fromAccount);
            var toBank = BankLeaf(tx, toId.Value, to, toAccount);
            if (fromBank.IsRefused || toBank.IsRefused)
            {
                return Result<(VoucherId, VoucherId)>.Refused(fromBank.Refusals.Concat(toBank.Refusals).ToList());
            }
            var payer = new VoucherDraft(from, date, summary, [
                VoucherLine.DebitOf(AccountCode.Parse(ChartCodes.Internal).Value, amount, to.Kind.Label().Zh),
                VoucherLine.CreditOf(fromBank.Value, amount)], AttachmentCount: attachments);
            var payee = new VoucherDraft(to, date, summary, [
                VoucherLine.DebitOf(toBank.Value, amount),
                VoucherLine.CreditOf(AccountCode.Parse(ChartCodes.Internal).Value, amount, from.Kind.Label().Zh)], AttachmentCount: attachments);
            var ids = new List<long>();
            foreach (var (draft, bookId) in new[] { (payer, fromId.Value), (payee, toId.Value) })
            {
                if (Periods.PeriodDesk.ClosedRefusal(tx, bookId, draft.Book, draft.Date) is { } closed)
                {
                    return closed;
                }
                var chart = BookChart.Load(tx, bookId);
                var problems = chart.Check(draft);
                if (problems.Count > 0)
                {
                    return Result<(VoucherId, VoucherId)>.Refused(problems);
                }
                using var writer = new VoucherWriter(tx);
                ids.Add(writer.Insert(bookId, draft, VoucherKind.Normal, VoucherStatus.Submitted, null, chart.IdsByCode, session.RequireActor(), session.NowUtc));
            }
            VoucherStore.Link(tx, ids[0], ids[1]);
            return Result<(VoucherId, VoucherId)>.Ok((new VoucherId(ids[0]), new VoucherId(ids[1])));
        });
    }

    private static Result<AccountCode> BankLeaf(UnitOfWork tx, long bookId, BookRef book, string? named)
    {
        var leaves = BookChart.Load(tx, bookId).LeavesUnder(ChartCodes.Bank).Select(s => s.Account.Code).ToList();
        if (named is not null)
        {
            var code = AccountCode.Parse(named);
            return !code.IsRefused && leaves.Contains(code.Value) ? code
                : Refusal.Of("transfer.account", $"{book} 没有银行存款末级科目 {named}", $"{book} has no bank leaf account {named}");
        }
        return leaves.Count == 1 ? Result<AccountCode>.Ok(leaves[0])
            : Refusal.Of("transfer.account", $"{book} 有多个银行存款明细科目，请指明用哪一个", $"{book} has several bank accounts under 102: name the one to use");
    }
}
