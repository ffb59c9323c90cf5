using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Vouchers;

/// <summary>
/// A voucher's life: submitted → approved → posted (numbered 记-1, 记-2, … per book and month) → reversed by a
/// red-ink voucher; or submitted → rejected. Posted vouchers never change; the store refuses it too.
/// </summary>
public sealed class VoucherDesk(LedgerSession session)
{
    /// <summary>Submits a clerk's voucher after checking every rule; nothing is written if any fails.</summary>
    public Result<VoucherId> Add(VoucherDraft draft)
    {
        if (session.Check(LedgerAction.PrepareVoucher, draft.Book.Village) is { } denied)
        {
            return denied;
        }
        return session.Database.Write(tx =>
        {
            var bookId = VillageStore.FindBookId(tx, draft.Book);
            if (bookId is null)
            {
                return ChartKeeper.UnknownBook(draft.Book);
            }
            if (Periods.PeriodDesk.ClosedRefusal(tx, bookId.Value, draft.Book, draft.Date) is { } closed)
            {
                return closed;
            }
            var chart = AccountStore.Chart(tx, bookId.Value);
            var problems = new VoucherDraftValidator(chart.ToDictionary(s => s.Account.Code, s => s.Account)).Check(draft);
            if (problems.Count > 0)
            {
                return Result<VoucherId>.Refused(problems);
            }
            var actor = session.RequireActor();
            var accountIds = chart.ToDictionary(s => s.Account.Code, s => s.Id);
            using var writer = new VoucherWriter(tx);
            var id = writer.Insert(bookId.Value, draft, VoucherKind.Normal, VoucherStatus.Submitted, null, accountIds, actor, session.NowUtc);
            return Result<VoucherId>.Ok(new VoucherId(id));
        });
    }

    /// <summary>Adds the actor's approval to a submitted voucher, per the approval policy's tiers.</summary>
    /// <param name="resolution">The villagers' meeting resolution (决议编号) a large payment needs; kept on the voucher.</param>
    public Result<VoucherStatus> Approve(VoucherId id, string? resolution = null)
    {
        var outcome = session.Approvals.Approve(id, resolution);
        return outcome.IsRefused
            ? Result<VoucherStatus>.Refused(outcome.Refusals)
            : Result<VoucherStatus>.Ok(outcome.Value.Complete ? VoucherStatus.Approved : VoucherStatus.Submitted);
    }

    /// <summary>Sends a submitted or approved voucher back to its clerk, with the reason.</summary>
    public Result<VoucherStatus> Reject(VoucherId id, string reason)
    {
        if (session.Check(LedgerAction.RejectVoucher) is { } denied)
        {
            return denied;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.Of("voucher.reason", "退回凭证必须写明理由（--reason）", "a rejection needs a reason (--reason)");
        }
        return session.Database.Write(tx =>
        {
            var header = VoucherStore.FindHeader(tx, id.Value);
            if (Refuse(header, id, LedgerAction.RejectVoucher, VoucherStatus.Submitted, VoucherStatus.Approved) is { } refused)
            {
                return refused;
            }
            var actor = session.RequireActor();
            if (header!.PreparedById == actor.Id)
            {
                return PreparerMayNot(id, actor, new Text("退回", "reject"));
            }
            VoucherStore.AddEvent(tx, id.Value, "rejected", actor, session.NowUtc, reason.Trim());
            VoucherStore.SetStatus(tx, id.Value, VoucherStatus.Rejected);
            return Result<VoucherStatus>.Ok(VoucherStatus.Rejected);
        });
    }

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
        return session.Database.Write(tx =>
        {
            var fromId = VillageStore.FindBookId(tx, from);
            var toId = VillageStore.FindBookId(tx, to);
            if (fromId is null || toId is null)
            {
                return ChartKeeper.UnknownBook(fromId is null ? from : to);
            }
            var fromBank = BankLeaf(tx, fromId.Value, from, fromAccount);
            var toBank = BankLeaf(tx, toId.Value, to, toAccount);
            if (fromBank.IsRefused || toBank.IsRefused)
            {
                return Result<(VoucherId, VoucherId)>.Refused(fromBank.Refusals.Concat(toBank.Refusals).ToList());
            }
            var payer = new VoucherDraft(from, date, summary, [
                VoucherLine.DebitOf(AccountCode.Parse("113").Value, amount, to.Kind.Label().Zh),
                VoucherLine.CreditOf(fromBank.Value, amount)], AttachmentCount: attachments);
            var payee = new VoucherDraft(to, date, summary, [
                VoucherLine.DebitOf(toBank.Value, amount),
                VoucherLine.CreditOf(AccountCode.Parse("113").Value, amount, from.Kind.Label().Zh)], AttachmentCount: attachments);
            var ids = new List<long>();
            foreach (var (draft, bookId) in new[] { (payer, fromId.Value), (payee, toId.Value) })
            {
                if (Periods.PeriodDesk.ClosedRefusal(tx, bookId, draft.Book, draft.Date) is { } closed)
                {
                    return closed;
                }
                var chart = AccountStore.Chart(tx, bookId);
                var problems = new VoucherDraftValidator(chart.ToDictionary(s => s.Account.Code, s => s.Account)).Check(draft);
                if (problems.Count > 0)
                {
                    return Result<(VoucherId, VoucherId)>.Refused(problems);
                }
                using var writer = new VoucherWriter(tx);
                ids.Add(writer.Insert(bookId, draft, VoucherKind.Normal, VoucherStatus.Submitted, null, chart.ToDictionary(s => s.Account.Code, s => s.Id), session.RequireActor(), session.NowUtc));
            }
            VoucherStore.Link(tx, ids[0], ids[1]);
            return Result<(VoucherId, VoucherId)>.Ok((new VoucherId(ids[0]), new VoucherId(ids[1])));
        });
    }

    private static Result<AccountCode> BankLeaf(SqliteTransaction tx, long bookId, BookRef book, string? named)
    {
        var leaves = AccountStore.Chart(tx, bookId).Where(s => s.Account.IsLeaf && s.Account.Code.LevelOne.Value == "102").Select(s => s.Account.Code).ToList();
        if (named is not null)
        {
            var code = AccountCode.Parse(named);
            return !code.IsRefused && leaves.Contains(code.Value) ? code
                : Refusal.Of("transfer.account", $"{book} 没有银行存款末级科目 {named}", $"{book} has no bank leaf account {named}");
        }
        return leaves.Count == 1 ? Result<AccountCode>.Ok(leaves[0])
            : Refusal.Of("transfer.account", $"{book} 有多个银行存款明细科目，请指明用哪一个", $"{book} has several bank accounts under 102: name the one to use");
    }

    /// <summary>Takes one's own voucher back before it is posted; it then counts for nothing.</summary>
    public Result<VoucherStatus> Withdraw(VoucherId id, string? reason = null)
    {
        if (session.Check(LedgerAction.WithdrawVoucher) is { } denied)
        {
            return denied;
        }
        return session.Database.Write(tx =>
        {
            var header = VoucherStore.FindHeader(tx, id.Value);
            if (Refuse(header, id, LedgerAction.WithdrawVoucher, VoucherStatus.Submitted, VoucherStatus.Approved, VoucherStatus.Rejected) is { } refused)
            {
                return refused;
            }
            var actor = session.RequireActor();
            if (header!.PreparedById != actor.Id)
            {
                return Refusal.Of("access.not-preparer", $"凭证 {id} 由 {header.PreparedBy} 制单，只有制单人能撤回", $"voucher {id} was prepared by {header.PreparedBy}; only its preparer withdraws it");
            }
            ApprovalStore.Clear(tx, id.Value);
            VoucherStore.AddEvent(tx, id.Value, "withdrawn", actor, session.NowUtc, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
            VoucherStore.SetStatus(tx, id.Value, VoucherStatus.Withdrawn);
            return Result<VoucherStatus>.Ok(VoucherStatus.Withdrawn);
        });
    }

    /// <summary>
    /// Corrects one's own unposted voucher (submitted or rejected): its content is replaced, its approvals are
    /// cleared, and it is submitted again. The history keeps what happened.
    /// </summary>
    public Result<VoucherStatus> Edit(VoucherId id, VoucherDraft draft)
    {
        if (session.Check(LedgerAction.WithdrawVoucher, draft.Book.Village) is { } denied)
        {
            return denied;
        }
        return session.Database.Write(tx =>
        {
            var header = VoucherStore.FindHeader(tx, id.Value);
            if (Refuse(header, id, LedgerAction.WithdrawVoucher, VoucherStatus.Submitted, VoucherStatus.Rejected) is { } refused)
            {
                return refused;
            }
            var actor = session.RequireActor();
            if (header!.PreparedById != actor.Id)
            {
                return Refusal.Of("access.not-preparer", $"凭证 {id} 由 {header.PreparedBy} 制单，只有制单人能修改", $"voucher {id} was prepared by {header.PreparedBy}; only its preparer corrects it");
            }
            var bookId = header.BookId;
            if (VillageStore.FindBookId(tx, draft.Book) != bookId)
            {
                return Refusal.Of("voucher.book", $"凭证 {id} 属于另一个账套，不能改到 {draft.Book}", $"voucher {id} belongs to another book and cannot move to {draft.Book}");
            }
            if (Periods.PeriodDesk.ClosedRefusal(tx, bookId, draft.Book, draft.Date) is { } closed)
            {
                return closed;
            }
            var chart = AccountStore.Chart(tx, bookId);
            var problems = new VoucherDraftValidator(chart.ToDictionary(s => s.Account.Code, s => s.Account)).Check(draft);
            if (problems.Count > 0)
            {
                return Result<VoucherStatus>.Refused(problems);
            }
            // The log keeps what the voucher said before and after, since the replaced lines are gone from it.
            var before = VoucherStore.Load(tx, id.Value)!;
            var change = $"before: {LineText.Describe(before.Date, before.Summary, before.Lines)}; after: {LineText.Describe(draft.Date, draft.Summary, draft.Lines)}";
            ApprovalStore.Clear(tx, id.Value);
            VoucherStore.ReplaceContent(tx, id.Value, draft, chart.ToDictionary(s => s.Account.Code, s => s.Id));
            VoucherStore.AddEvent(tx, id.Value, "edited", actor, session.NowUtc, change);
            VoucherStore.SetStatus(tx, id.Value, VoucherStatus.Submitted);
            return Result<VoucherStatus>.Ok(VoucherStatus.Submitted);
        });
    }

    /// <summary>
    /// Posts every approved voucher of the period (month by month), in date order, numbering each per book and
    /// month without gaps. A voucher that cannot be posted (its preparer posts, its month is closed, its transfer's
    /// other half cannot go with it, it would overdraw cash or bank) stays approved and is listed with its reason;
    /// the rest is posted. The two halves of a transfer are posted together or not at all.
    /// </summary>
    public Result<PostingReport> Post(Period period, BookRef? book = null)
    {
        if (session.Check(LedgerAction.PostVoucher, book?.Village) is { } denied)
        {
            return denied;
        }
        // Month by month inside one database transaction, so that memory holds one month.
        return session.Database.WriteIf(tx =>
        {
            long? bookId = null;
            if (book is { } named)
            {
                bookId = VillageStore.FindBookId(tx, named);
                if (bookId is null)
                {
                    return (Result<PostingReport>.Refused(ChartKeeper.UnknownBook(named)), false);
                }
            }
            var run = new PostingRun(tx, session.RequireActor(), session.NowUtc);
            var posted = new List<PostedVoucher>();
            var unposted = new List<UnpostedVoucher>();
            foreach (var month in period.Months())
            {
                var (postedInMonth, left) = run.Run(month, bookId);
                posted.AddRange(postedInMonth);
                unposted.AddRange(left);
            }
            return (Result<PostingReport>.Ok(new PostingReport(posted, unposted)), true);
        });
    }

    /// <summary>
    /// Reverses a posted voucher with a red-ink (红字) voucher that negates every line, posted at once; the original
    /// becomes reversed. It is dated <paramref name="date"/>, or without it on the original's date when that month is
    /// open, else on the first day of the book's earliest open month (<see cref="ReversalDate"/>).
    /// </summary>
    public Result<PostedVoucher> Reverse(VoucherId id, string reason, DateOnly? date = null)
    {
        if (session.Check(LedgerAction.ReverseVoucher) is { } denied)
        {
            return denied;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.Of("voucher.reason", "冲销凭证必须写明理由（--reason）", "a reversal needs a reason (--reason)");
        }
        return session.Database.Write(tx =>
        {
            var header = VoucherStore.FindHeader(tx, id.Value);
            if (Refuse(header, id, LedgerAction.ReverseVoucher, VoucherStatus.Posted) is { } refused)
            {
                return refused;
            }
            if (header!.Kind != "normal")
            {
                return Refusal.Of("voucher.reverse-reversal", $"凭证 {id} 是系统生成的{(header.Kind == "opening" ? "期初余额" : "红字冲销")}凭证，不能冲销",
                    $"voucher {id} is {(header.Kind == "opening" ? "the book's opening balances" : "itself a red-ink reversal")} and cannot be reversed");
            }
            var original = VoucherStore.Load(tx, id.Value)!;
            var on = ReversalDate.Choose(tx, header.BookId, original.Book, id, original.Date, date);
            if (on.IsRefused)
            {
                return Result<PostedVoucher>.Refused(on.Refusals);
            }
            return new PostingRun(tx, session.RequireActor(), session.NowUtc).Reverse(original, on.Value, reason.Trim());
        });
    }

    /// <summary>
    /// Posts a book's opening balances (期初余额) as one voucher dated the day before <paramref name="firstMonth"/>,
    /// inside the caller's database transaction. A book has one opening, entered before anything is posted in or
    /// before that month.
    /// </summary>
    internal Result<PostedVoucher> PostOpening(SqliteTransaction tx, long bookId, Month firstMonth, IReadOnlyList<VoucherLine> lines)
    {
        var book = VillageStore.ListBooks(tx).Single(b => b.Id == bookId).Ref;
        if (session.Check(LedgerAction.EnterOpeningBalances, book.Village) is { } denied)
        {
            return denied;
        }
        var date = firstMonth.FirstDay.AddDays(-1);
        if (Periods.PeriodDesk.ClosedRefusal(tx, bookId, book, date) is { } closed)
        {
            return closed;
        }
        if (VoucherStore.HasOpening(tx, bookId))
        {
            return Refusal.Of("opening.exists", $"账套 {book} 已有期初余额：期初只能录入一次", $"book {book} already has its opening balances; they are entered once");
        }
        if (VoucherStore.HasPostedUpTo(tx, bookId, firstMonth.LastDay))
        {
            return Refusal.Of("opening.late", $"账套 {book} 在 {firstMonth} 或之前已有记账凭证：期初余额必须先于记账录入",
                $"book {book} already has posted vouchers in or before {firstMonth}: opening balances come before any posting");
        }
        var draft = new VoucherDraft(book, date, "期初余额", lines, SourceRef: null);
        var problems = new VoucherDraftValidator(AccountStore.Chart(tx, bookId).ToDictionary(s => s.Account.Code, s => s.Account)).Check(draft);
        if (problems.Count > 0)
        {
            return Result<PostedVoucher>.Refused(problems);
        }
        return new PostingRun(tx, session.RequireActor(), session.NowUtc).PostNow(draft, VoucherKind.Opening, null);
    }

    /// <summary>Posts a year-end closing voucher the engine built, inside the caller's database transaction.</summary>
    internal Result<PostedVoucher> PostClosing(SqliteTransaction tx, VoucherDraft draft) =>
        new PostingRun(tx, session.RequireActor(), session.NowUtc).PostNow(draft, VoucherKind.Closing, null);

    /// <summary>
    /// Posts a voucher whose content was approved as a whole elsewhere, as a dividend plan is, and records those
    /// approvals on it, so that its history and the audit see who approved it.
    /// </summary>
    /// <param name="preparer">Who drew the content up; never the actor, who posts it.</param>
    internal Result<PostedVoucher> PostApproved(SqliteTransaction tx, VoucherDraft draft, User preparer, IReadOnlyList<(User Approver, DateTimeOffset AtUtc, string Reason)> approvals)
    {
        var actor = session.RequireActor();
        if (preparer.Id == actor.Id)
        {
            return Refusal.Of("access.preparer", $"{draft.Summary} 由 {actor.Name} 拟定，拟定人不能自己记账：请另一位记账会计记账",
                $"{draft.Summary} was drawn up by {actor.Name}, who may not post it: another township accountant posts it");
        }
        return new PostingRun(tx, actor, session.NowUtc).PostNow(draft, VoucherKind.Normal, null, preparer, approvals);
    }

    /// <summary>The voucher that carries an official number: numbers restart every month in every book, so both are needed to find it.</summary>
    public Result<VoucherDetails> Show(BookRef book, VoucherNumber number)
    {
        var id = session.Database.Read(tx =>
        {
            if (VillageStore.FindBookId(tx, book) is not { } bookId)
            {
                return Result<VoucherId>.Refused(ChartKeeper.UnknownBook(book));
            }
            return VoucherStore.FindIdByNumber(tx, bookId, number.Month.Key, number.Sequence) is { } found
                ? Result<VoucherId>.Ok(new VoucherId(found))
                : Result<VoucherId>.Refused(Refusal.Of("voucher.number-unknown",
                    $"账套 {book} {number.Month} 没有凭证 {number}：vledger voucher list --book {book} --period {number.Month} --status posted 列出该月已记账凭证的编号",
                    $"book {book} has no voucher {number} in {number.Month}: vledger voucher list --book {book} --period {number.Month} --status posted lists that month's numbers"));
        });
        return id.IsRefused ? Result<VoucherDetails>.Refused(id.Refusals) : Show(id.Value);
    }

    public Result<VoucherDetails> Show(VoucherId id) => session.Database.Read(tx =>
    {
        var voucher = VoucherStore.Load(tx, id.Value);
        if (voucher is null)
        {
            return NotFound(id);
        }
        var history = VoucherStore.Events(tx, id.Value)
            .Select(e => new VoucherEvent(e.Action, e.UserName, e.Role, DateTimeOffset.Parse(e.AtUtc, System.Globalization.CultureInfo.InvariantCulture), e.Reason))
            .ToList();
        return Result<VoucherDetails>.Ok(new VoucherDetails(voucher, history));
    });

    /// <summary>The vouchers of a period, or of every period when none is given, narrowed to one book, one village's two books and one status as asked.</summary>
    public Result<IReadOnlyList<VoucherSummary>> List(Period? period, BookRef? book = null, VoucherStatus? status = null, VillageCode? village = null) => session.Database.Read(tx =>
    {
        long? bookId = null;
        if (book is { } named)
        {
            bookId = VillageStore.FindBookId(tx, named);
            if (bookId is null)
            {
                return ChartKeeper.UnknownBook(named);
            }
        }
        long? villageId = null;
        if (village is { } code)
        {
            villageId = VillageStore.Find(tx, code)?.Id;
            if (villageId is null)
            {
                return Refusal.Of("village.unknown", $"没有村 {code}：vledger village list 列出各村编码", $"there is no village {code}: vledger village list shows the village codes");
            }
        }
        var rows = VoucherStore.List(tx, bookId, villageId, period, status);
        IReadOnlyList<VoucherSummary> list = rows.Select(r => new VoucherSummary(
            new VoucherId(r.Id),
            BookRef.FromStore(r.VillageCode, r.Kind),
            Clock.ParseDate(r.Date),
            VoucherStatusNames.Parse(r.Status).Value,
            r.Number is { } n ? $"{VoucherNumber.ClassPrefix}-{n}" : null,
            r.SourceRef,
            r.Summary,
            Money.FromFen(r.TotalFen),
            r.PreparedBy)).ToList();
        return Result<IReadOnlyList<VoucherSummary>>.Ok(list);
    });

    internal static Refusal NotFound(VoucherId id) =>
        Refusal.Of("voucher.unknown", $"没有凭证 {id}", $"there is no voucher {id}");

    /// <summary>The refusal, if any, for acting on a voucher that is missing, out of reach, or in the wrong status.</summary>
    private Refusal? Refuse(VoucherStore.Header? header, VoucherId id, LedgerAction action, params VoucherStatus[] allowed)
    {
        if (header is null)
        {
            return NotFound(id);
        }
        if (session.Check(action, VillageCode.FromStore(header.VillageCode)) is { } denied)
        {
            return denied;
        }
        var status = VoucherStatusNames.Parse(header.Status).Value;
        if (!allowed.Contains(status))
        {
            var want = string.Join(" / ", allowed.Select(s => s.Label().Zh));
            var wantEn = string.Join(" or ", allowed.Select(s => s.Key()));
            return Refusal.Of("voucher.status", $"凭证 {id} 当前状态为{status.Label().Zh}，此操作只适用于{want}的凭证",
                $"voucher {id} is {status.Key()}; this applies only to {wantEn} vouchers");
        }
        return null;
    }

    private static Refusal PreparerMayNot(VoucherId id, User actor, Text verb) =>
        Refusal.Of("access.preparer", $"凭证 {id} 由 {actor.Name} 制单，制单人不能{verb.Zh}自己的凭证",
            $"voucher {id} was prepared by {actor.Name}, and a preparer may not {verb.En} their own voucher");

    /// <summary>A posting inside one database transaction; also the home of the red-ink reversal.</summary>
    private sealed class PostingRun(SqliteTransaction tx, User actor, DateTimeOffset nowUtc)
    {
        private readonly Dictionary<long, IReadOnlyList<AccountStore.Stored>> _charts = new();
        private readonly Dictionary<long, DailyBalances> _cashDays = new();
        private readonly Dictionary<long, BookRef> _books = VillageStore.ListBooks(tx).ToDictionary(b => b.Id, b => b.Ref);

        /// <summary>Posts what it can of the month's approved vouchers; returns them, and the others with why.</summary>
        public (List<PostedVoucher> Posted, List<UnpostedVoucher> Unposted) Run(Month month, long? bookId)
        {
            var all = VoucherStore.ApprovedLines(tx, month, bookId)
                .GroupBy(l => l.VoucherId)
                .ToList();
            foreach (var voucher in all)
            {
                Invariant.That(voucher.Sum(l => l.DebitFen) == voucher.Sum(l => l.CreditFen), $"Approved voucher {voucher.Key} does not balance.");
            }
            var reasons = Reasons(month, all);
            var vouchers = all.Where(v => !reasons.ContainsKey(v.Key)).ToList();
            var unposted = all.Where(v => reasons.ContainsKey(v.Key)).OrderBy(v => v.Key)
                .Select(v => new UnpostedVoucher(new VoucherId(v.Key), _books[v.First().BookId], Clock.ParseDate(v.First().Date), v.First().Summary, reasons[v.Key]))
                .ToList();
            var posted = new List<PostedVoucher>();
            var sealing = new List<(IReadOnlyList<VoucherStore.PostingLine> Lines, int Number)>();
            foreach (var inBook in vouchers.GroupBy(v => v.First().BookId))
            {
                var next = VoucherStore.LastNumber(tx, inBook.Key, month) + 1;
                foreach (var voucher in inBook)
                {
                    posted.Add(new PostedVoucher(new VoucherId(voucher.Key), _books[inBook.Key], Clock.ParseDate(voucher.First().Date), new VoucherNumber(month, next)));
                    sealing.Add((voucher.ToList(), next++));
                }
            }
            if (posted.Count > 0)
            {
                VoucherStore.MarkPosted(tx, posted.Select(p => (p.Id.Value, p.Number.Sequence)), actor, nowUtc);
                Integrity.VoucherSeal.SealPostedMonth(tx, month, sealing, actor.Id);
                AddTotals(vouchers.SelectMany(v => v));
            }
            return (posted, unposted);
        }

        /// <summary>
        /// Why each voucher of the month that cannot be posted is left, by id. The two vouchers of a transfer between a
        /// village's books are posted together or not at all, so one half's reason leaves the other too. Cash and bank
        /// are checked last, in date order, so that a voucher left for another reason does not count.
        /// </summary>
        private Dictionary<long, Refusal> Reasons(Month month, List<IGrouping<long, VoucherStore.PostingLine>> vouchers)
        {
            var reasons = new Dictionary<long, Refusal>();
            // Closed months, and the months of a year whose distribution is posted, take no business voucher.
            var closed = Periods.PeriodDesk.ClosedToBusiness(tx);
            foreach (var voucher in vouchers)
            {
                var head = voucher.First();
                if (head.PreparedBy == actor.Id)
                {
                    reasons[voucher.Key] = Refusal.Of("access.preparer", $"凭证 {voucher.Key} 由 {actor.Name} 制单，制单人不能记账自己的凭证：请另一位记账会计记账",
                        $"voucher {voucher.Key} was prepared by {actor.Name}, who may not post it: another township accountant posts it");
                }
                else if (closed.Contains((head.BookId, month.Key)))
                {
                    reasons[voucher.Key] = Periods.PeriodDesk.ClosedToBusiness(tx, head.BookId, _books[head.BookId], month);
                }
            }
            var inRun = vouchers.ToDictionary(v => v.Key);
            foreach (var voucher in vouchers.Where(v => v.First().LinkedId is not null && !reasons.ContainsKey(v.Key)))
            {
                var partner = voucher.First().LinkedId!.Value;
                if (!inRun.ContainsKey(partner) && VoucherStore.StatusOf(tx, partner) != "posted")
                {
                    reasons[voucher.Key] = Refusal.Of("transfer.partner", $"凭证 {voucher.Key} 是两账间划转的一半，另一半凭证 {partner} 未审批或不在本次记账范围：两张须一起记账",
                        $"voucher {voucher.Key} is half of a transfer between the village's books; its other half {partner} is not approved or not in this run, and both post together");
                }
                else if (reasons.TryGetValue(partner, out var why))
                {
                    reasons[voucher.Key] = PartnerLeft(voucher.Key, partner, why);
                }
            }
            var watched = WatchedAccounts(vouchers.Select(v => v.First().BookId));
            var done = new HashSet<long>();
            // Balances are checked at the end of each day: within a day, what brings money in is counted before what
            // takes it out, so that a same-day receipt covers a payment whatever their order of entry.
            var inDateOrder = vouchers
                .OrderBy(v => v.First().Date, StringComparer.Ordinal)
                .ThenBy(v => v.Any(l => watched.ContainsKey(l.AccountId) && l.CreditFen > 0))
                .ToList();
            foreach (var voucher in inDateOrder.Where(v => !reasons.ContainsKey(v.Key) && !done.Contains(v.Key)))
            {
                var together = new List<IGrouping<long, VoucherStore.PostingLine>> { voucher };
                if (voucher.First().LinkedId is { } partner && inRun.TryGetValue(partner, out var other))
                {
                    together.Add(other);
                }
                done.UnionWith(together.Select(v => v.Key));
                var movements = together.SelectMany(v => v).Select(l => (l.AccountId, Clock.ParseDate(l.Date), l.DebitFen - l.CreditFen));
                // The refusal names the book and account that would go negative, which serves both halves of a transfer.
                if (CashGuard.Check(tx, watched, movements, _cashDays) is [var overdrawn, ..])
                {
                    foreach (var left in together)
                    {
                        reasons[left.Key] = overdrawn;
                    }
                }
            }
            return reasons;
        }

        private static Refusal PartnerLeft(long id, long partner, Refusal why) =>
            Refusal.Of("transfer.partner", $"凭证 {id} 是两账间划转的一半，另一半凭证 {partner} 不能记账（{why.Message.Zh}）：两张须一起记账",
                $"voucher {id} is half of a transfer between the village's books; its other half {partner} cannot be posted ({why.Message.En}), and both post together");

        public Result<PostedVoucher> Reverse(Voucher original, DateOnly date, string reason)
        {
            var draft = new VoucherDraft(original.Book, date,
                $"注销{original.Date:yyyy年M月d日}{original.Number}号凭证",
                original.Lines.Select(l => l.Negated()).ToList());
            var posted = PostNow(draft, VoucherKind.Reversal, original.Id.Value);
            if (!posted.IsRefused)
            {
                VoucherStore.SetStatus(tx, original.Id.Value, VoucherStatus.Reversed);
                VoucherStore.AddEvent(tx, original.Id.Value, "reversed", actor, nowUtc, reason);
            }
            return posted;
        }

        /// <summary>Writes a voucher the engine made itself (a reversal, opening balances) and posts it at once.</summary>
        /// <param name="preparedBy">Who prepared the voucher, when not the actor who posts it.</param>
        /// <param name="approvals">Approvals given elsewhere, recorded before the seal so that it covers them.</param>
        public Result<PostedVoucher> PostNow(VoucherDraft draft, VoucherKind kind, long? reversalOf, User? preparedBy = null,
            IReadOnlyList<(User Approver, DateTimeOffset AtUtc, string Reason)>? approvals = null)
        {
            var bookId = _books.Single(b => b.Value == draft.Book).Key;
            if (Periods.PeriodDesk.ClosedRefusal(tx, bookId, draft.Book, draft.Date, yearEndCarry: kind == VoucherKind.Closing) is { } closed)
            {
                return closed;
            }
            var accountIds = Chart(bookId).ToDictionary(s => s.Account.Code, s => s.Id);
            var movements = draft.Lines.Select(l => (accountIds[l.Account], draft.Date, l.Net.Fen));
            var problems = CashGuard.Check(tx, WatchedAccounts([bookId]), movements, _cashDays);
            if (problems.Count > 0)
            {
                return Result<PostedVoucher>.Refused(problems);
            }
            using var writer = new VoucherWriter(tx);
            var id = writer.Insert(bookId, draft, kind, VoucherStatus.Approved, reversalOf, accountIds, preparedBy ?? actor, nowUtc);
            foreach (var (approver, atUtc, reason) in approvals ?? [])
            {
                VoucherStore.AddEvent(tx, id, "approved", approver, atUtc, reason);
            }
            var month = Month.Of(draft.Date);
            var number = new VoucherNumber(month, VoucherStore.LastNumber(tx, bookId, month) + 1);
            VoucherStore.MarkPosted(tx, [(id, number.Sequence)], actor, nowUtc);
            Integrity.VoucherSeal.SealPosted(tx, [id]);
            AddTotals(draft.Lines.Select(l => new VoucherStore.PostingLine
            {
                VoucherId = id, BookId = bookId, Date = Clock.Format(draft.Date), AccountId = accountIds[l.Account], DebitFen = l.Debit.Fen, CreditFen = l.Credit.Fen,
            }));
            return Result<PostedVoucher>.Ok(new PostedVoucher(new VoucherId(id), draft.Book, draft.Date, number));
        }

        private void AddTotals(IEnumerable<VoucherStore.PostingLine> lines)
        {
            var deltas = lines
                .GroupBy(l => (l.AccountId, Month.Of(Clock.ParseDate(l.Date)).Key, l.BookId))
                .Select(g => (g.Key.AccountId, g.Key.Key, g.Key.BookId, Debit: g.Sum(l => l.DebitFen), Credit: g.Sum(l => l.CreditFen)))
                .ToList();
            BalanceStore.AddToMonthTotals(tx, deltas.Select(d => (d.AccountId, d.Key, d.Debit, d.Credit)));
            // Pair assertion: each book-month touched still balances after the totals moved.
            foreach (var (book, month) in deltas.Select(d => (d.BookId, d.Key)).Distinct())
            {
                Invariant.That(BalanceStore.MonthImbalanceFen(tx, book, month) == 0, $"Book {_books[book]} month {month} no longer balances after posting.");
            }
        }

        private IReadOnlyList<AccountStore.Stored> Chart(long bookId)
        {
            if (!_charts.TryGetValue(bookId, out var chart))
            {
                chart = AccountStore.Chart(tx, bookId);
                _charts[bookId] = chart;
            }
            return chart;
        }

        private Dictionary<long, CashGuard.Watched> WatchedAccounts(IEnumerable<long> bookIds) =>
            bookIds.Distinct()
                .SelectMany(b => Chart(b).Where(s => s.Account.IsCashOrBank && s.Account.IsLeaf)
                    .Select(s => new CashGuard.Watched(s.Id, _books[b], s.Account.Code.Value, s.Account.Name)))
                .ToDictionary(w => w.AccountId);
    }
}
