using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Vouchers;

/// <summary>A voucher's life, part three: posting, the engine's own postings, and the red-ink reversal.</summary>
public sealed partial class VoucherDesk
{
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
        // Month by month inside one database transaction, so that memory holds one month; village by village beside
        // other offices' runs, each village held before its vouchers are read.
        return session.Store.WriteByVillage(tx =>
        {
            long? bookId = null;
            if (book is { } named)
            {
                bookId = VillageStore.FindBookId(tx, named);
                if (bookId is null)
                {
                    return (Result<PostingReport>.Refused(ChartDesk.UnknownBook(named)), false);
                }
            }
            var run = new PostingRun(tx, session.RequireActor(), session.Clock);
            var posted = new List<PostedVoucher>();
            var unposted = new List<UnpostedVoucher>();
            // A village's two books at a time: a transfer between them posts whole, and memory holds one village's
            // month rather than a township's (a month of a million-voucher year held 400 MiB).
            IReadOnlyList<IReadOnlyCollection<long>> runs = bookId is { } one
                ? [[one]]
                : [.. VillageStore.ListBooks(tx).GroupBy(b => b.Ref.Village).Select(village => (IReadOnlyCollection<long>)village.Select(b => b.Id).ToList())];
            foreach (var month in period.Months())
            {
                foreach (var books in runs)
                {
                    var (postedInMonth, left) = run.Run(month, books);
                    posted.AddRange(postedInMonth);
                    unposted.AddRange(left);
                }
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
        return session.Store.Write(tx =>
        {
            var header = VoucherStore.FindHeader(tx, id.Value);
            if (Refuse(header, id, LedgerAction.ReverseVoucher, VoucherStatus.Posted) is { } refused)
            {
                return refused;
            }
            // Only a clerk's voucher is corrected by a red-ink one; what the engine wrote is corrected by its own step.
            var notReversible = header!.Kind switch
            {
                VoucherKind.Normal => null,
                VoucherKind.Reversal => new Text("它本身是红字冲销凭证", "it is itself a red-ink reversal"),
                VoucherKind.Opening => new Text("它是账套的期初余额，请用 import opening 更正", "it is the book's opening balances, corrected with import opening"),
                VoucherKind.Closing => new Text("它是结转凭证，由结账生成：按月结转的用 period reopen 反结账冲销，年末结转由 year close 生成",
                    "it is a carry the close wrote: a month's carry is undone by period reopen, and the year-end carry is year close's"),
                _ => throw new ArgumentOutOfRangeException(nameof(header.Kind), header.Kind, "A voucher kind without a reversal rule."),
            };
            if (notReversible is not null)
            {
                return Refusal.Of("voucher.reverse-reversal", $"凭证 {id} 不能冲销：{notReversible.Zh}", $"voucher {id} cannot be reversed: {notReversible.En}");
            }
            var original = VoucherStore.Load(tx, id.Value)!;
            var on = ReversalDate.Choose(tx, header.BookId, original.Book, id, original.Date, date);
            if (on.IsRefused)
            {
                return Result<PostedVoucher>.Refused(on.Refusals);
            }
            return new PostingRun(tx, session.RequireActor(), session.Clock).Reverse(original, on.Value, reason.Trim());
        });
    }

    /// <summary>
    /// Posts a book's opening balances (期初余额) as one voucher dated the day before <paramref name="firstMonth"/>,
    /// inside the caller's database transaction. A book has one opening, entered before anything is posted in or
    /// before that month.
    /// </summary>
    internal Result<PostedVoucher> PostOpening(UnitOfWork tx, long bookId, Month firstMonth, IReadOnlyList<VoucherLine> lines)
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
        var problems = BookChart.Load(tx, bookId).Check(draft);
        if (problems.Count > 0)
        {
            return Result<PostedVoucher>.Refused(problems);
        }
        return new PostingRun(tx, session.RequireActor(), session.Clock).PostNow(draft, VoucherKind.Opening, null);
    }

    /// <summary>
    /// Reverses a closing voucher the engine posted (a month's carry of income and expense), inside the caller's
    /// database transaction, when its month is reopened: dated on the original's own day, which the reopen opened.
    /// </summary>
    internal Result<PostedVoucher> ReverseCarry(UnitOfWork tx, long carryId, string reason)
    {
        var original = VoucherStore.Load(tx, carryId)!;
        Invariant.That(original.Kind == VoucherKind.Closing, $"Voucher {carryId} is not a closing voucher.");
        return new PostingRun(tx, session.RequireActor(), session.Clock).Reverse(original, original.Date, reason);
    }

    /// <summary>Posts a year-end closing voucher the engine built, inside the caller's database transaction.</summary>
    internal Result<PostedVoucher> PostClosing(UnitOfWork tx, VoucherDraft draft) =>
        new PostingRun(tx, session.RequireActor(), session.Clock).PostNow(draft, VoucherKind.Closing, null);

    /// <summary>
    /// Posts a voucher whose content was approved as a whole elsewhere, as a dividend plan is, and records those
    /// approvals on it, so that its history and the audit see who approved it.
    /// </summary>
    /// <param name="preparer">Who drew the content up; never the actor, who posts it.</param>
    internal Result<PostedVoucher> PostApproved(UnitOfWork tx, VoucherDraft draft, User preparer, IReadOnlyList<(User Approver, DateTimeOffset AtUtc, string Reason)> approvals)
    {
        var actor = session.RequireActor();
        if (Access.PreparerMayNot(actor, preparer.Id, LedgerAction.PostDividends, new Text(draft.Summary, draft.Summary)) is { } drawnUp)
        {
            return drawnUp;
        }
        return new PostingRun(tx, actor, session.Clock).PostNow(draft, VoucherKind.Normal, null, preparer, approvals);
    }


    /// <summary>A posting inside one database transaction; also the home of the red-ink reversal.</summary>
    private sealed class PostingRun(UnitOfWork tx, User actor, TimeProvider clock)
    {
        // Read again once a run holds its villages: a run that waited there for another office's approval run stamps
        // its postings after those approvals, so the log never shows a voucher posted before it was approved.
        private DateTimeOffset nowUtc = clock.GetUtcNow();
        private readonly Dictionary<long, DailyBalances> _cashDays = new();
        private readonly VoucherWords _words = Approval.ApprovalDesk.CurrentPolicy(tx).VoucherWords;
        private readonly Dictionary<long, BookRef> _books = VillageStore.ListBooks(tx).ToDictionary(b => b.Id, b => b.Ref);

        /// <summary>
        /// Posts what it can of the month's approved vouchers in the given books; returns them, and the others with why.
        /// A transfer's two halves are in one village's two books, so a run over a village's books sees both.
        /// </summary>
        public (List<PostedVoucher> Posted, List<UnpostedVoucher> Unposted) Run(Month month, IReadOnlyCollection<long> bookIds)
        {
            tx.HoldVillages(bookIds.Select(id => _books[id].Village));
            nowUtc = clock.GetUtcNow();
            var all = VoucherStore.ApprovedLines(tx, month, bookIds)
                .GroupBy(l => l.VoucherId)
                .ToList();
            foreach (var voucher in all)
            {
                Invariant.That(voucher.Sum(l => l.DebitFen) == voucher.Sum(l => l.CreditFen), $"Approved voucher {voucher.Key} does not balance.");
            }
            var reasons = Reasons(month, all);
            var vouchers = all.Where(v => !reasons.ContainsKey(v.Key)).ToList();
            var unposted = all.Where(v => reasons.ContainsKey(v.Key)).OrderBy(v => v.Key)
                .Select(v => new UnpostedVoucher(new VoucherId(v.Key), _books[v.First().BookId], StoredTime.ParseDate(v.First().Date), v.First().Summary, reasons[v.Key]))
                .ToList();
            var posted = new List<PostedVoucher>();
            var sealing = new List<(IReadOnlyList<VoucherStore.PostingLine> Lines, VoucherNumber Number)>();
            foreach (var inBook in vouchers.GroupBy(v => v.First().BookId))
            {
                var numbering = Numbering(inBook.Key, month);
                var cash = WatchedAccounts([inBook.Key]);
                foreach (var voucher in inBook)
                {
                    var number = numbering.Next(
                        debitsCash: voucher.Any(l => l.DebitFen != 0 && cash.ContainsKey(l.AccountId)),
                        creditsCash: voucher.Any(l => l.CreditFen != 0 && cash.ContainsKey(l.AccountId)));
                    posted.Add(new PostedVoucher(new VoucherId(voucher.Key), _books[inBook.Key], StoredTime.ParseDate(voucher.First().Date), number));
                    sealing.Add((voucher.ToList(), number));
                }
            }
            if (posted.Count > 0)
            {
                VoucherStore.Post(tx, posted.Select(p => (p.Id.Value, p.Number)), actor, nowUtc);
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
                if (Access.PreparerMayNot(actor, head.PreparedBy, LedgerAction.PostVoucher, Subject(new VoucherId(voucher.Key))) is { } preparer)
                {
                    reasons[voucher.Key] = preparer;
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
                if (!inRun.ContainsKey(partner) && VoucherStore.StatusOf(tx, partner) != VoucherStatus.Posted)
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
                var movements = together.SelectMany(v => v).Select(l => (l.AccountId, StoredTime.ParseDate(l.Date), l.DebitFen - l.CreditFen));
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
            // A closing voucher and the reversal of one (a reopened month's carry undone) only move the result: a year
            // whose distribution is posted takes them as it takes the year close.
            var carries = kind == VoucherKind.Closing || (reversalOf is { } reversed && VoucherStore.FindHeader(tx, reversed)?.Kind == VoucherKind.Closing);
            if (Periods.PeriodDesk.ClosedRefusal(tx, bookId, draft.Book, draft.Date, yearEndCarry: carries) is { } closed)
            {
                return closed;
            }
            var accountIds = BookChart.Load(tx, bookId).IdsByCode;
            var movements = draft.Lines.Select(l => (accountIds[l.Account], draft.Date, l.Net.Fen));
            var cash = WatchedAccounts([bookId]);
            var problems = CashGuard.Check(tx, cash, movements, _cashDays);
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
            // Opening balances bring no money in and send none out: 转, whatever cash and bank they set up.
            var movesMoney = kind != VoucherKind.Opening;
            var number = Numbering(bookId, Month.Of(draft.Date)).Next(
                debitsCash: movesMoney && draft.Lines.Any(l => !l.Debit.IsZero && cash.ContainsKey(accountIds[l.Account])),
                creditsCash: movesMoney && draft.Lines.Any(l => !l.Credit.IsZero && cash.ContainsKey(accountIds[l.Account])));
            VoucherStore.Post(tx, [(id, number)], actor, nowUtc);
            Integrity.VoucherSeal.SealPosted(tx, [id]);
            AddTotals(draft.Lines.Select(l => new VoucherStore.PostingLine
            {
                VoucherId = id, BookId = bookId, Date = StoredTime.Format(draft.Date), AccountId = accountIds[l.Account], DebitFen = l.Debit.Fen, CreditFen = l.Credit.Fen,
            }));
            return Result<PostedVoucher>.Ok(new PostedVoucher(new VoucherId(id), draft.Book, draft.Date, number));
        }

        private MonthNumbering Numbering(long bookId, Month month)
        {
            var (lastByWord, lastSequence) = VoucherStore.LastNumbers(tx, bookId, month);
            return new MonthNumbering(month, lastByWord, lastSequence, _words);
        }

        private void AddTotals(IEnumerable<VoucherStore.PostingLine> lines)
        {
            var deltas = lines
                .GroupBy(l => (l.AccountId, Month.Of(StoredTime.ParseDate(l.Date)).Key, l.BookId))
                .Select(g => (g.Key.AccountId, g.Key.Key, g.Key.BookId, Debit: g.Sum(l => l.DebitFen), Credit: g.Sum(l => l.CreditFen)))
                .ToList();
            BalanceStore.AddToMonthTotals(tx, deltas.Select(d => (d.AccountId, d.Key, d.Debit, d.Credit)));
            // Pair assertion: each book-month touched still balances after the totals moved.
            foreach (var (book, month) in deltas.Select(d => (d.BookId, d.Key)).Distinct())
            {
                Invariant.That(BalanceStore.MonthImbalanceFen(tx, book, month) == 0, $"Book {_books[book]} month {month} no longer balances after posting.");
            }
        }

        private Dictionary<long, CashGuard.Watched> WatchedAccounts(IEnumerable<long> bookIds) =>
            bookIds.Distinct()
                .SelectMany(b => BookChart.Load(tx, b).Accounts.Where(s => s.Account.IsCashOrBank && s.Account.IsLeaf)
                    .Select(s => new CashGuard.Watched(s.Id, _books[b], s.Account.Code.Value, s.Account.Name)))
                .ToDictionary(w => w.AccountId);
    }
}
