using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Vouchers;

/// <summary>
/// A voucher's life: submitted → approved → posted (numbered 记-1, 记-2, … per book and month) → reversed by a
/// red-ink voucher; or submitted → rejected. Posted vouchers never change; the store refuses it too. This part
/// submits, approves, rejects, edits, withdraws and reads; transfers and posting have their own files.
/// </summary>
public sealed partial class VoucherDesk(LedgerSession session)
{
    /// <summary>Submits a clerk's voucher after checking every rule; nothing is written if any fails.</summary>
    public Result<VoucherId> Add(VoucherDraft draft)
    {
        if (session.Check(LedgerAction.PrepareVoucher, draft.Book.Village) is { } denied)
        {
            return denied;
        }
        return session.Store.Write(tx =>
        {
            var bookId = VillageStore.FindBookId(tx, draft.Book);
            if (bookId is null)
            {
                return ChartDesk.UnknownBook(draft.Book);
            }
            if (Periods.PeriodDesk.ClosedRefusal(tx, bookId.Value, draft.Book, draft.Date) is { } closed)
            {
                return closed;
            }
            var chart = BookChart.Load(tx, bookId.Value);
            var problems = chart.Check(draft);
            if (problems.Count > 0)
            {
                return Result<VoucherId>.Refused(problems);
            }
            var actor = session.RequireActor();
            using var writer = new VoucherWriter(tx);
            var id = writer.Insert(bookId.Value, draft, VoucherKind.Normal, VoucherStatus.Submitted, null, chart.IdsByCode, actor, session.NowUtc);
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
        return session.Store.Write(tx =>
        {
            var header = VoucherStore.FindHeader(tx, id.Value);
            if (Refuse(header, id, LedgerAction.RejectVoucher, VoucherStatus.Submitted, VoucherStatus.Approved) is { } refused)
            {
                return refused;
            }
            var actor = session.RequireActor();
            if (Access.PreparerMayNot(actor, header!.PreparedById, LedgerAction.RejectVoucher, Subject(id)) is { } preparer)
            {
                return preparer;
            }
            VoucherStore.AddEvent(tx, id.Value, "rejected", actor, session.NowUtc, reason.Trim());
            VoucherStore.SetState(tx, id.Value, VoucherStatus.Rejected);
            return Result<VoucherStatus>.Ok(VoucherStatus.Rejected);
        });
    }


    /// <summary>Takes one's own voucher back before it is posted; it then counts for nothing.</summary>
    public Result<VoucherStatus> Withdraw(VoucherId id, string? reason = null)
    {
        if (session.Check(LedgerAction.WithdrawVoucher) is { } denied)
        {
            return denied;
        }
        return session.Store.Write(tx =>
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
            VoucherStore.SetState(tx, id.Value, VoucherStatus.Withdrawn);
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
        return session.Store.Write(tx =>
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
            var chart = BookChart.Load(tx, bookId);
            var problems = chart.Check(draft);
            if (problems.Count > 0)
            {
                return Result<VoucherStatus>.Refused(problems);
            }
            // The log keeps what the voucher said before and after, since the replaced lines are gone from it.
            var before = VoucherStore.Load(tx, id.Value)!;
            var change = $"before: {LineText.Describe(before.Date, before.Summary, before.Lines)}; after: {LineText.Describe(draft.Date, draft.Summary, draft.Lines)}";
            ApprovalStore.Clear(tx, id.Value);
            VoucherStore.ReplaceContent(tx, id.Value, draft, chart.IdsByCode);
            VoucherStore.AddEvent(tx, id.Value, "edited", actor, session.NowUtc, change);
            VoucherStore.SetState(tx, id.Value, VoucherStatus.Submitted);
            return Result<VoucherStatus>.Ok(VoucherStatus.Submitted);
        });
    }

    /// <summary>The voucher that carries an official number: numbers restart every month in every book, so both are needed to find it.</summary>
    public Result<VoucherDetails> Show(BookRef book, VoucherNumber number)
    {
        var id = session.Store.Read(tx =>
        {
            if (VillageStore.FindBookId(tx, book) is not { } bookId)
            {
                return Result<VoucherId>.Refused(ChartDesk.UnknownBook(book));
            }
            return VoucherStore.FindIdByNumber(tx, bookId, number.Month.Key, number.Word, number.WordSequence) is { } found
                ? Result<VoucherId>.Ok(new VoucherId(found))
                : Result<VoucherId>.Refused(Refusal.Of("voucher.number-unknown",
                    $"账套 {book} {number.Month} 没有凭证 {number}：vledger voucher list --book {book} --period {number.Month} --status posted 列出该月已记账凭证的编号",
                    $"book {book} has no voucher {number} in {number.Month}: vledger voucher list --book {book} --period {number.Month} --status posted lists that month's numbers"));
        });
        return id.IsRefused ? Result<VoucherDetails>.Refused(id.Refusals) : Show(id.Value);
    }

    public Result<VoucherDetails> Show(VoucherId id) => session.Store.Read(tx =>
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
    public Result<IReadOnlyList<VoucherSummary>> List(Period? period, BookRef? book = null, VoucherStatus? status = null, VillageCode? village = null) => session.Store.Read(tx =>
    {
        long? bookId = null;
        if (book is { } named)
        {
            bookId = VillageStore.FindBookId(tx, named);
            if (bookId is null)
            {
                return ChartDesk.UnknownBook(named);
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
            BookRef.FromStore(r.VillageCode, r.BookKind),
            StoredTime.ParseDate(r.Date),
            r.Status,
            r.WordNumber is { } n ? VoucherNumber.Shown(r.Word, n) : null,
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
        var status = header.Status;
        if (!allowed.Contains(status))
        {
            var want = string.Join(" / ", allowed.Select(s => s.Label().Zh));
            var wantEn = string.Join(" or ", allowed.Select(s => s.Key()));
            return Refusal.Of("voucher.status", $"凭证 {id} 当前状态为{status.Label().Zh}，此操作只适用于{want}的凭证",
                $"voucher {id} is {status.Key()}; this applies only to {wantEn} vouchers");
        }
        return null;
    }

    /// <summary>A voucher as a refusal names it.</summary>
    internal static Text Subject(VoucherId id) => new($"凭证 {id}", $"voucher {id}");
}
