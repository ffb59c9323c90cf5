using Ledger.Core.Books;
using Ledger.Core.Identity;
using Ledger.Core.Storage;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Integrity;

/// <summary>
/// Re-checks every invariant of the store, as an auditor would on a file handed to them: the hash chain over posted
/// vouchers of each book, balanced vouchers, gapless numbers, nothing posted into a closed month, and the kept
/// month totals against the lines. It names the first broken voucher.
/// </summary>
public sealed class VerifyDesk(LedgerSession session)
{
    public Result<VerifyReport> Verify(BookRef? book = null) => session.Store.Read(tx =>
    {
        long? bookId = null;
        if (book is { } named)
        {
            bookId = VillageStore.FindBookId(tx, named);
            if (bookId is null)
            {
                return Accounts.ChartDesk.UnknownBook(named);
            }
        }
        var missingTriggers = Dialect.MissingTriggers(tx);
        if (missingTriggers.Count > 0)
        {
            return Refusal.Of("verify.trigger", $"账库的保护触发器被删除：{string.Join("、", missingTriggers)}", $"the store's guarding triggers were dropped: {string.Join(", ", missingTriggers)}");
        }
        var books = VillageStore.ListBooks(tx).ToDictionary(b => b.Id, b => b.Ref);
        var seals = SealStore.Seals(tx, bookId);
        var heads = new Dictionary<long, (long Seq, string Hash)>();
        var seen = 0;
        // The approvals are read for a chunk of vouchers at once rather than one voucher at a time: on a server each
        // read is a round trip, and one each made verify of 20,000 vouchers take minutes.
        foreach (var chunk in VoucherSeal.Consecutive(SealStore.AllSealedOrPosted(tx, bookId)).Chunk(VouchersPerApprovalsReadMax))
        {
            var approvals = SealStore.Approvals(tx, [.. chunk.Select(voucher => voucher[0].VoucherId)]);
            foreach (var voucher in chunk)
            {
                var first = voucher[0];
                var broken = Check(voucher, approvals[first.VoucherId], seals, heads, books[first.BookId]);
                if (broken is not null)
                {
                    return broken;
                }
                seen++;
            }
        }
        if (seen != seals.Count)
        {
            var missing = seals.Values.Where(s => !heads.ContainsKey(s.BookId) || s.Seq > heads[s.BookId].Seq).OrderBy(s => s.BookId).ThenBy(s => s.Seq).FirstOrDefault()
                ?? seals.Values.OrderBy(s => s.Seq).First();
            return Broken(missing.VoucherId, books[missing.BookId], "已记账凭证被删除或其分录被清空", "a posted voucher was deleted, or its lines were");
        }
        foreach (var group in SealStore.Numbers(tx, bookId).GroupBy(n => (n.BookId, n.Month)))
        {
            // The posting sequence runs 1, 2, 3 … across the month, and each word's own numbers run so too.
            var expected = 1L;
            var expectedByWord = new Dictionary<string, long>();
            foreach (var (book1, _, number, word, wordNumber, voucherId) in group)
            {
                var wordExpected = expectedByWord.GetValueOrDefault(word) + 1;
                expectedByWord[word] = wordExpected;
                if (number != expected++ || wordNumber != wordExpected)
                {
                    var shouldBe = VoucherNumber.Shown(word, wordExpected);
                    var found = VoucherNumber.Shown(word, wordNumber);
                    return Broken(voucherId, books[book1], $"凭证号不连续：此处应为 {shouldBe}（第 {expected - 1} 张），实为 {found}（第 {number} 张）",
                        $"numbers have a gap: {shouldBe} (posting {expected - 1}) expected, {found} (posting {number}) found");
                }
            }
            if (expectedByWord.ContainsKey(VoucherNumber.ClassPrefix) && expectedByWord.Count > 1)
            {
                var mixed = group.First(n => n.Word != VoucherNumber.ClassPrefix);
                return Broken(mixed.VoucherId, books[mixed.BookId], "同一月份的凭证字混用了“记”和“收、付、转”", "a month mixes the word 记 with 收, 付 and 转");
            }
        }
        if (SealStore.PostedAfterClose(tx, bookId).FirstOrDefault() is var late and > 0)
        {
            return Broken(late, null, "在已结账期间内记账", "posted into a month after it was closed");
        }
        if (SealStore.TotalsThatDisagree(tx, bookId).FirstOrDefault() is var (accountId, month) and (> 0, _))
        {
            return Refusal.Of("verify.totals", $"科目 {accountId} 在 {month} 的发生额合计与凭证分录不符", $"the kept totals of account {accountId} in {month} disagree with the posted lines");
        }
        // Signatures are the township's, not a book's: they are checked when the whole store is.
        var township = TownshipStore.Get(tx);
        var (mode, storeId) = Credentials.ModeIn(tx);
        if (township is not null && mode.Key() != township.Proof)
        {
            return Refusal.Of("verify.proof", "账库记为“不用密码”，却存有用户的签名密钥：其证明方式是绕过 vledger 改动的",
                "the store says its users act by name alone, yet holds their signing keys: its proof mode was changed around vledger");
        }
        var signatures = 0;
        var root = "";
        var before = 0;
        if (mode == ProofMode.Passwords && bookId is null
            && ActionSignatures.Check(tx, storeId, township?.ProofSinceUtc ?? "", out signatures, out root, out before) is { } forged)
        {
            return forged;
        }
        var chainHeads = heads.ToDictionary(h => books[h.Key].ToString(), h => $"{h.Value.Seq}:{h.Value.Hash}");
        return Result<VerifyReport>.Ok(new VerifyReport(heads.Count, seen, chainHeads, mode, signatures) { RootKey = root, RecordsBeforeProof = before, ProofSinceUtc = township?.ProofSinceUtc });
    });

    /// <summary>How many vouchers' approvals one read fetches: few enough that a chunk's lines stay small in memory.</summary>
    private const int VouchersPerApprovalsReadMax = 1024;

    private static Refusal? Check(List<SealStore.ContentLine> voucher, IEnumerable<string> approvals, Dictionary<long, SealStore.Seal> seals,
        Dictionary<long, (long Seq, string Hash)> heads, BookRef book)
    {
        var first = voucher[0];
        if (voucher.Sum(l => l.DebitFen) != voucher.Sum(l => l.CreditFen))
        {
            return Broken(first.VoucherId, book, "借贷不平", "its lines do not balance");
        }
        if (!seals.TryGetValue(first.VoucherId, out var seal))
        {
            return Broken(first.VoucherId, book, "已记账凭证不在哈希链上（绕过 vledger 写入）", "a posted voucher is not on the hash chain (written around vledger)");
        }
        var (seq, previous) = heads.TryGetValue(first.BookId, out var head) ? head : (0L, VoucherSeal.Genesis);
        if (seal.Seq != seq + 1 || seal.PrevHash != previous)
        {
            return Broken(first.VoucherId, book, "哈希链断开：前一张凭证被删除、插入或调换", "the hash chain breaks here: a voucher before it was deleted, inserted or swapped");
        }
        if (VoucherSeal.Hash(previous, voucher, approvals) != seal.Hash)
        {
            return Broken(first.VoucherId, book, "内容与记账时不符（金额、日期、科目、编号或审批被改动）", "its content differs from when it was posted (an amount, date, account, number or approval was changed)");
        }
        heads[first.BookId] = (seal.Seq, seal.Hash);
        return null;
    }

    private static Refusal Broken(long voucherId, BookRef? book, string zh, string en) =>
        Refusal.Of("verify.broken", $"凭证 {voucherId}{(book is null ? "" : $"（{book}）")}：{zh}", $"voucher {voucherId}{(book is null ? "" : $" ({book})")}: {en}");
}
