using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Approval;

/// <summary>
/// Assesses and approves vouchers inside one database transaction against the policy in force, with charts,
/// budgets and committed spending loaded once per book and year rather than once per voucher.
/// </summary>
internal sealed class ApprovalRun(UnitOfWork tx, ApprovalPolicy policy, User? actor, DateTimeOffset nowUtc) : IDisposable
{
    private readonly string _now = StoredTime.Format(nowUtc);
    private ApprovalWriter? _writer;

    private readonly Dictionary<long, BookRef> _books = VillageStore.ListBooks(tx).ToDictionary(b => b.Id, b => b.Ref);
    private readonly Dictionary<(long, int), BudgetGuard> _budgets = new();
    private readonly HashSet<long> _partnering = new();
    private readonly HashSet<long> _approvedAsPartner = new();

    // Per cash or bank account, the end-of-day balances of its posted and approved vouchers: what a voucher's payment is
    // checked against, kept up to date as this run completes approvals.
    private readonly Dictionary<long, DailyBalances> _committedDays = new();
    private readonly Dictionary<long, Dictionary<long, CashGuard.Watched>> _watched = new();

    // Per cash or bank account not read yet, the movements of vouchers this run completed.
    private readonly Dictionary<long, List<(long VoucherId, DateOnly Date, long NetFen)>> _completedUnread = new();

    // Per book, what each project of 241 and 231 has received and spent in posted and approved vouchers; read only for
    // the books whose vouchers spend from a project.
    private readonly Dictionary<long, ProjectFundGuard> _projectFunds = new();

    /// <summary>
    /// Assesses the month's submitted vouchers and, when <see cref="actor"/> may, adds their approval, one voucher at a
    /// time as the caller reads the results: a month of a large township is tens of thousands of vouchers, and the
    /// caller counts most of them rather than keeping them.
    /// </summary>
    public IEnumerable<(ApprovalAssessment Assessment, ApprovalOutcome? Outcome)> RunMonth(Periods.Month month, string? village, bool approve) =>
        RunBooks(month, [.. _books.Where(b => village is null || b.Value.Village.Value == village).Select(b => b.Key)], approve);

    // The month's vouchers are found by month and book on the store's key, so a run over one village reads only its own.
    private IEnumerable<(ApprovalAssessment Assessment, ApprovalOutcome? Outcome)> RunBooks(Periods.Month month, IReadOnlyCollection<long> bookIds, bool approve)
    {
        tx.HoldVillages(bookIds.Select(id => _books[id].Village));
        return Run(ApprovalStore.Submitted(tx, month.Key, bookIds), ApprovalStore.SubmittedLines(tx, month.Key, bookIds), ApprovalStore.SubmittedApprovals(tx, month.Key, bookIds), approve, null);
    }

    /// <summary>Assesses one voucher and, when <see cref="actor"/> may, adds their approval.</summary>
    public (ApprovalAssessment Assessment, ApprovalOutcome? Outcome) RunOne(ApprovalStore.VoucherRow voucher, string? resolution) =>
        Run([voucher], ApprovalStore.Lines(tx, [voucher.Id]), ApprovalStore.Approvals(tx, [voucher.Id]), approve: true, resolution).Single();

    public void Dispose() => _writer?.Dispose();

    /// <summary>Assesses each voucher and, when <see cref="actor"/> may, adds their approval; in date order.</summary>
    private IEnumerable<(ApprovalAssessment Assessment, ApprovalOutcome? Outcome)> Run(IReadOnlyList<ApprovalStore.VoucherRow> vouchers,
        ILookup<long, ApprovalStore.LineRow> lines, ILookup<long, ApprovalStore.ApprovalRow> approvals, bool approve, string? resolution)
    {
        foreach (var listed in vouchers)
        {
            // A transfer's other half may have been approved along with its partner earlier in this run: read it again,
            // once the approvals written so far are in the store.
            if (_partnering.Contains(listed.Id))
            {
                _writer?.Flush();
            }
            var voucher = _partnering.Contains(listed.Id) ? ApprovalStore.Find(tx, listed.Id)! : listed;
            var current = _partnering.Contains(listed.Id) ? ApprovalStore.Approvals(tx, [listed.Id])[listed.Id].ToList() : approvals[voucher.Id].ToList();
            var voucherLines = lines[voucher.Id].ToList();
            var assessment = Assess(voucher, voucherLines, current, resolution);
            yield return (assessment, approve ? Approve(voucher, assessment, voucherLines, resolution) : null);
        }
        _writer?.Flush();
    }

    private ApprovalOutcome Approve(ApprovalStore.VoucherRow voucher, ApprovalAssessment assessment, List<ApprovalStore.LineRow> lines, string? resolution)
    {
        var user = actor ?? throw new InvalidOperationException("Approving needs an actor.");
        if (_approvedAsPartner.Contains(voucher.Id))
        {
            // This user's approval went to this transfer half along with its partner's earlier in the run.
            return Outcome(assessment, approved: true, complete: voucher.Status == VoucherStatus.Approved, null, assessment.MissingRoles);
        }
        if (voucher.Status != VoucherStatus.Submitted)
        {
            return Outcome(assessment, approved: false, complete: voucher.Status == VoucherStatus.Approved, new Text("已随划转的另一半凭证一起审批", "approved along with the other half of its transfer"), assessment.MissingRoles);
        }
        // The preparer's own voucher is an access refusal, kept in the log; the other reasons are the voucher's state.
        if (Access.PreparerMayNot(user, voucher.PreparedBy, LedgerAction.ApproveVoucher, VoucherDesk.Subject(new VoucherId(voucher.Id))) is { } preparer)
        {
            return Outcome(assessment, approved: false, complete: false, preparer.Message, assessment.MissingRoles) with { Denied = preparer };
        }
        var reason = ReasonNotToApprove(user, voucher, assessment) ?? PartnerBlocks(user, voucher, resolution);
        if (reason is not null)
        {
            return Outcome(assessment, approved: false, complete: false, reason, assessment.MissingRoles);
        }
        var role = assessment.MissingRoles.First(r => r == user.Role);
        _writer ??= new ApprovalWriter(tx);
        var cited = string.IsNullOrWhiteSpace(resolution) ? null : resolution.Trim();
        if (cited is not null && voucher.ResolutionRef is null)
        {
            _writer.CiteResolution(voucher.Id, cited);
        }
        _writer.Approve(voucher.Id, user, role, _now, cited);
        var complete = assessment.MissingRoles.Count == 1;
        if (complete)
        {
            _writer.Complete(voucher.Id);
            // Only a policy that requires a budget reads the year's spending; without one, counting it is wasted work.
            if (policy.BudgetRequired)
            {
                Budget(voucher).Commit(lines.Select(l => (l.AccountId, l.DebitFen - l.CreditFen)));
            }
            CommitCash(voucher, lines);
            CommitProjects(voucher, lines);
        }
        ApprovePartner(voucher, user, resolution);
        return Outcome(assessment, approved: true, complete, null, assessment.MissingRoles.Where(r => r != role).ToList());
    }

    /// <summary>
    /// Why this user may not approve a transfer half because of its other half: the two are approved together or not
    /// at all, so that the receiving book never counts money on its way that the paying book cannot send.
    /// </summary>
    private Text? PartnerBlocks(User user, ApprovalStore.VoucherRow voucher, string? resolution)
    {
        if (voucher.LinkedId is not { } partnerId || _partnering.Contains(partnerId) || _partnering.Contains(voucher.Id))
        {
            return null;
        }
        _writer?.Flush();
        if (ApprovalStore.Find(tx, partnerId) is not { Status: VoucherStatus.Submitted } partner)
        {
            return null;
        }
        var lines = ApprovalStore.Lines(tx, [partnerId])[partnerId].ToList();
        var assessment = Assess(partner, lines, ApprovalStore.Approvals(tx, [partnerId])[partnerId].ToList(), resolution);
        if (!assessment.MissingRoles.Contains(user.Role))
        {
            return null;
        }
        return ReasonNotToApprove(user, partner, assessment) is { } why
            ? new Text($"划转的另一半凭证 {partnerId} 不能审批：{why.Zh}；两张凭证一起审批", $"the other half of this transfer, voucher {partnerId}, cannot be approved: {why.En}; the two are approved together")
            : null;
    }

    /// <summary>
    /// A transfer's two vouchers move together: the approval given to one is given to the other too, wherever this
    /// user may give it there.
    /// </summary>
    private void ApprovePartner(ApprovalStore.VoucherRow voucher, User user, string? resolution)
    {
        if (voucher.LinkedId is not { } partnerId || !_partnering.Add(partnerId))
        {
            return;
        }
        _writer?.Flush();
        if (ApprovalStore.Find(tx, partnerId) is not { Status: VoucherStatus.Submitted } partner)
        {
            return;
        }
        var lines = ApprovalStore.Lines(tx, [partnerId])[partnerId].ToList();
        var assessment = Assess(partner, lines, ApprovalStore.Approvals(tx, [partnerId])[partnerId].ToList(), resolution);
        if (ReasonNotToApprove(user, partner, assessment) is null)
        {
            Approve(partner, assessment, lines, resolution);
            _approvedAsPartner.Add(partnerId);
        }
    }

    /// <summary>Why <paramref name="user"/> may not approve this voucher now, or null when they may.</summary>
    private Text? ReasonNotToApprove(User user, ApprovalStore.VoucherRow voucher, ApprovalAssessment assessment)
    {
        if (Access.PreparerMayNot(user, voucher.PreparedBy, LedgerAction.ApproveVoucher, VoucherDesk.Subject(new VoucherId(voucher.Id))) is { } preparer)
        {
            return preparer.Message;
        }
        if (!user.Reaches(assessment.Book.Village))
        {
            return new Text($"属于村 {assessment.Book.Village}，{user.Name} 只能审批本村凭证", $"belongs to village {assessment.Book.Village}; {user.Name} approves only their own village's vouchers");
        }
        // What the voucher still needs is the reason whenever this user's part is done or not wanted: the role that is
        // missing is what the township office must chase.
        var missing = new Text(string.Join("、", assessment.MissingRoles.Select(r => r.Label().Zh)), string.Join(", ", assessment.MissingRoles.Select(r => r.Label().En)));
        if (assessment.ApprovedBy.FirstOrDefault(a => a.Value == user.Name) is { Value: not null } own)
        {
            return new Text($"{user.Name} 已以{own.Key.Label().Zh}身份签过；尚需 {missing.Zh}", $"{user.Name} has approved it already as {own.Key.Label().En}; it still needs {missing.En}");
        }
        if (assessment.ApprovedBy.TryGetValue(user.Role, out var signer))
        {
            return new Text($"{user.Role.Label().Zh}已签（{signer}）；尚需 {missing.Zh}", $"{user.Role.Label().En} has signed already ({signer}); it still needs {missing.En}");
        }
        if (!assessment.MissingRoles.Contains(user.Role))
        {
            return new Text($"还需要其他角色审批：{missing.Zh}", $"needs another role: {missing.En}");
        }
        return assessment.Blocks.Count > 0
            ? new Text(string.Join("；", assessment.Blocks.Select(b => b.Zh)), string.Join("; ", assessment.Blocks.Select(b => b.En)))
            : null;
    }

    private ApprovalAssessment Assess(ApprovalStore.VoucherRow voucher, List<ApprovalStore.LineRow> lines, List<ApprovalStore.ApprovalRow> approvals, string? resolution)
    {
        var book = _books[voucher.BookId];
        var chart = Chart(voucher.BookId);
        var coded = lines.Select(l => (chart[l.AccountId].Code.Value, l.DebitFen, l.CreditFen)).ToList();
        var payment = Payment.Of(coded);
        var cashPayment = Payment.InCash(coded);
        var spends = lines.Any(l => chart[l.AccountId].Class is AccountClass.Expense or AccountClass.Cost && l.DebitFen > 0);
        var tier = policy.TierFor(payment, book.Kind, spends);
        var approvedBy = approvals.ToDictionary(a => RoleNames.Parse(a.Role).Value, a => a.UserName);
        var missing = tier.Roles.Where(r => !approvedBy.ContainsKey(r)).ToList();
        var blocks = new List<Text>();
        if (cashPayment > policy.CashPaymentMax)
        {
            blocks.Add(new Text($"现金支付 {cashPayment} 超过限额 {policy.CashPaymentMax}，应转账支付",
                $"cash payment {cashPayment} is over the limit of {policy.CashPaymentMax}; pay by bank transfer"));
        }
        if (tier.ResolutionRequired && voucher.ResolutionRef is null && string.IsNullOrWhiteSpace(resolution))
        {
            blocks.Add(new Text($"支付 {payment} 需要村民会议决议编号（四议两公开）：用 --resolution 给出",
                $"a payment of {payment} needs a villagers' meeting resolution (四议两公开): give it with --resolution"));
        }
        if (policy.BudgetRequired)
        {
            blocks.AddRange(Budget(voucher).Check(lines.Select(l => (l.AccountId, l.DebitFen - l.CreditFen))));
        }
        blocks.AddRange(CashBlocks(voucher, lines));
        blocks.AddRange(ProjectBlocks(voucher, lines));
        return new ApprovalAssessment(new VoucherId(voucher.Id), book, StoredTime.ParseDate(voucher.Date), voucher.Summary,
            Money.FromFen(voucher.TotalFen), payment, tier, approvedBy, missing, blocks);
    }

    /// <summary>
    /// Why the voucher would take cash or bank below zero on some day, counting every posted and approved voucher:
    /// an approved voucher is one the accountant will post, so it must be postable when approved.
    /// </summary>
    private IEnumerable<Text> CashBlocks(ApprovalStore.VoucherRow voucher, List<ApprovalStore.LineRow> lines)
    {
        var watched = Watched(voucher.BookId);
        // A voucher that takes nothing out of cash or bank cannot overdraw them; most vouchers of a month are so.
        if (!lines.Any(l => l.DebitFen - l.CreditFen < 0 && watched.ContainsKey(l.AccountId)))
        {
            return [];
        }
        var date = StoredTime.ParseDate(voucher.Date);
        var movements = lines.Where(l => watched.ContainsKey(l.AccountId)).Select(l => (l.AccountId, date, l.DebitFen - l.CreditFen)).ToList();
        foreach (var accountId in movements.Select(m => m.AccountId).Distinct())
        {
            Committed(accountId);
        }
        return CashGuard.Check(tx, watched, movements, _committedDays, keep: false)
            .Select(r => new Text($"{r.Message.Zh}（已计入已记账和已审批的凭证）", $"{r.Message.En} (counting posted and approved vouchers)"));
    }

    private void CommitCash(ApprovalStore.VoucherRow voucher, List<ApprovalStore.LineRow> lines)
    {
        var watched = Watched(voucher.BookId);
        var date = StoredTime.ParseDate(voucher.Date);
        foreach (var line in lines.Where(l => watched.ContainsKey(l.AccountId)))
        {
            if (_committedDays.TryGetValue(line.AccountId, out var days))
            {
                days.Add(date, line.DebitFen - line.CreditFen);
            }
            else
            {
                _completedUnread.TryAdd(line.AccountId, []);
                _completedUnread[line.AccountId].Add((voucher.Id, date, line.DebitFen - line.CreditFen));
            }
        }
    }

    /// <summary>Why the voucher would spend more from a project of 241 or 231 than the project has received.</summary>
    private IEnumerable<Text> ProjectBlocks(ApprovalStore.VoucherRow voucher, List<ApprovalStore.LineRow> lines)
    {
        var chart = Chart(voucher.BookId);
        // Most vouchers spend from no project fund, and only those read their projects and the book's project totals.
        if (!lines.Any(l => l.DebitFen > 0 && IsProjectFund(chart[l.AccountId])))
        {
            return [];
        }
        if (!_projectFunds.TryGetValue(voucher.BookId, out var guard))
        {
            // The store is read once per book with every approval this run has completed so far, which the writer
            // holds back until it flushes; those completed after it are counted as they complete.
            _writer?.Flush();
            guard = new ProjectFundGuard(_books[voucher.BookId],
                DimensionStore.CommittedProjects(tx, voucher.BookId).Select(p => (p.LevelOne, p.Project, p.DebitFen, p.CreditFen)));
            _projectFunds[voucher.BookId] = guard;
        }
        return guard.Check(ProjectLines(voucher));
    }

    private void CommitProjects(ApprovalStore.VoucherRow voucher, List<ApprovalStore.LineRow> lines)
    {
        var chart = Chart(voucher.BookId);
        // A book not read yet reads this approval from the store when it is first needed.
        if (_projectFunds.TryGetValue(voucher.BookId, out var guard) && lines.Any(l => IsProjectFund(chart[l.AccountId])))
        {
            guard.Commit(ProjectLines(voucher));
        }
    }

    private List<(string LevelOne, string Project, long DebitFen, long CreditFen)> ProjectLines(ApprovalStore.VoucherRow voucher)
    {
        var chart = Chart(voucher.BookId);
        return DimensionStore.ProjectLines(tx, voucher.Id)
            .Where(l => IsProjectFund(chart[l.AccountId]))
            .Select(l => (chart[l.AccountId].Code.LevelOne.Value, l.Project, l.DebitFen, l.CreditFen))
            .ToList();
    }

    private static bool IsProjectFund(Account account) => Dimensions.DimensionDesk.ProjectAccounts.Contains(account.Code.LevelOne.Value);

    private DailyBalances Committed(long accountId)
    {
        if (!_committedDays.TryGetValue(accountId, out var days))
        {
            // The store holds this run's completions only once the writer flushes its batch, and flushing per account
            // would cost a write each time: the store is read without them, and they are added from memory.
            var completed = _completedUnread.GetValueOrDefault(accountId) ?? [];
            days = DailyBalances.FromNets(BalanceStore.CommittedDailyNets(tx, accountId, completed.Select(c => c.VoucherId).ToList())
                .Select(d => (StoredTime.ParseDate(d.Date), d.NetFen)));
            foreach (var (_, date, net) in completed)
            {
                days.Add(date, net);
            }
            _completedUnread.Remove(accountId);
            _committedDays[accountId] = days;
        }
        return days;
    }

    private Dictionary<long, CashGuard.Watched> Watched(long bookId)
    {
        if (!_watched.TryGetValue(bookId, out var watched))
        {
            watched = Chart(bookId).Where(a => a.Value.IsCashOrBank && a.Value.IsLeaf)
                .ToDictionary(a => a.Key, a => new CashGuard.Watched(a.Key, _books[bookId], a.Value.Code.Value, a.Value.Name));
            _watched[bookId] = watched;
        }
        return watched;
    }

    private BudgetGuard Budget(ApprovalStore.VoucherRow voucher)
    {
        var year = StoredTime.ParseDate(voucher.Date).Year;
        if (!_budgets.TryGetValue((voucher.BookId, year), out var guard))
        {
            guard = new BudgetGuard(_books[voucher.BookId], year, Chart(voucher.BookId),
                BudgetStore.ApprovedBudget(tx, voucher.BookId, year),
                BudgetStore.SpentByAccount(tx, voucher.BookId, year).ToDictionary(s => s.Key, s => s.Value.CommittedFen), policy.BudgetTolerancePercent);
            _budgets[(voucher.BookId, year)] = guard;
        }
        return guard;
    }

    private IReadOnlyDictionary<long, Account> Chart(long bookId) => BookChart.Load(tx, bookId).ById;

    private static ApprovalOutcome Outcome(ApprovalAssessment a, bool approved, bool complete, Text? reason, IReadOnlyList<Role> stillNeeded) =>
        new(a.Id, a.Book, a.Date, a.Summary, a.Amount, approved, complete, reason, a.Tier.Roles.Where(r => !stillNeeded.Contains(r)).ToList(), stillNeeded);
}
