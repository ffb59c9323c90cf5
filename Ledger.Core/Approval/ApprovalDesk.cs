using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Approval;

/// <summary>
/// The township's approval work: which vouchers wait and for what, one approval at a time, or the monthly run
/// that adds this user's approval wherever the policy lets them and says why everywhere else.
/// </summary>
public sealed class ApprovalDesk(LedgerSession session)
{
    /// <summary>The policy in force.</summary>
    public ApprovalPolicy Policy() => session.Store.Read(CurrentPolicy);

    /// <summary>Replaces the approval policy; the old version stays in the history.</summary>
    public Result<ApprovalPolicy> ImportPolicy(string json)
    {
        if (session.Check(LedgerAction.ManagePolicy) is { } denied)
        {
            return denied;
        }
        var policy = ApprovalPolicy.Parse(json);
        if (policy.IsRefused)
        {
            return policy;
        }
        session.Store.Write(tx =>
        {
            PolicyStore.Insert(tx, json, session.RequireActor().Id, session.NowUtc);
            return true;
        });
        return policy;
    }

    /// <summary>Every submitted voucher of the period, with its tier, approvals and what it still needs.</summary>
    public IReadOnlyList<ApprovalAssessment> Pending(Period period, VillageCode? village = null) => session.Store.Read(tx =>
    {
        using var run = new ApprovalRun(tx, CurrentPolicy(tx), session.Actor, session.NowUtc);
        return period.Months()
            .SelectMany(month => run.RunMonth(month, village?.Value, approve: false))
            .Select(r => r.Assessment)
            .ToList();
    });

    /// <summary>
    /// Adds this user's approval to every pending voucher of the period that the policy lets them approve, month
    /// by month in date order. Returns the counts and every voucher not approved, with why.
    /// </summary>
    /// <param name="each">Told every outcome, approved or not, once the run has committed, for a caller that lists them all.</param>
    public Result<ApprovalRunReport> Run(Period period, VillageCode? village = null, Action<ApprovalOutcome>? each = null)
    {
        if (session.Check(LedgerAction.ApproveVoucher, village) is { } denied)
        {
            return denied;
        }
        // Village by village beside other offices' runs: each village is held before its vouchers are read. The caller
        // is told the outcomes once the run has committed, since a run the server aborts runs again from the start.
        var outcomes = new List<ApprovalOutcome>();
        var report = session.Store.WriteByVillage(tx =>
        {
            outcomes.Clear();
            using var run = new ApprovalRun(tx, CurrentPolicy(tx), session.RequireActor(), session.NowUtc);
            var (approved, completed) = (0, 0);
            var notApproved = new List<ApprovalOutcome>();
            // One village's month at a time, the way posting runs: each book's budget and cash stand alone, and memory
            // holds a village's month rather than the township's.
            IReadOnlyList<string> villages = village is { } one ? [one.Value] : [.. VillageStore.List(tx).Select(v => v.Code)];
            foreach (var (month, inVillage) in period.Months().SelectMany(month => villages.Select(code => (month, code))))
            {
                foreach (var outcome in run.RunMonth(month, inVillage, approve: true).Select(r => r.Outcome!))
                {
                    if (each is not null)
                    {
                        outcomes.Add(outcome);
                    }
                    if (outcome.Approved)
                    {
                        (approved, completed) = (approved + 1, completed + (outcome.Complete ? 1 : 0));
                    }
                    else
                    {
                        notApproved.Add(outcome);
                    }
                }
            }
            return (Result<ApprovalRunReport>.Ok(new ApprovalRunReport(approved, completed, notApproved)), true);
        });
        outcomes.ForEach(outcome => each!(outcome));
        return report;
    }

    /// <summary>Adds the actor's approval to one voucher, with the resolution its tier may need.</summary>
    public Result<ApprovalOutcome> Approve(VoucherId id, string? resolution = null)
    {
        if (session.Check(LedgerAction.ApproveVoucher) is { } denied)
        {
            return denied;
        }
        return session.Store.Write(tx =>
        {
            var voucher = ApprovalStore.Find(tx, id.Value);
            if (voucher is null)
            {
                return VoucherDesk.NotFound(id);
            }
            if (voucher.Status != VoucherStatus.Submitted)
            {
                var status = voucher.Status;
                return Refusal.Of("voucher.status", $"凭证 {id} 当前状态为{status.Label().Zh}，只有已提交的凭证可以审批",
                    $"voucher {id} is {status.Key()}; only submitted vouchers are approved");
            }
            var actor = session.RequireActor();
            if (Access.PreparerMayNot(actor, voucher.PreparedBy, LedgerAction.ApproveVoucher, VoucherDesk.Subject(id)) is { } preparer)
            {
                return preparer;
            }
            using var run = new ApprovalRun(tx, CurrentPolicy(tx), actor, session.NowUtc);
            var outcome = run.RunOne(voucher, resolution).Outcome!;
            return outcome.Reason is { } reason
                ? Refusal.Of("approval.refused", $"凭证 {id} 不能由 {session.Actor!.Name} 审批：{reason.Zh}", $"voucher {id} cannot be approved by {session.Actor!.Name}: {reason.En}")
                : Result<ApprovalOutcome>.Ok(outcome);
        });
    }

    internal static ApprovalPolicy CurrentPolicy(UnitOfWork tx)
    {
        var document = PolicyStore.Current(tx);
        Invariant.That(document is not null, "The store has no approval policy; init always writes one.");
        var policy = ApprovalPolicy.Parse(document!);
        Invariant.That(!policy.IsRefused, "The stored approval policy does not parse; policy import checks every one.");
        return policy.Value;
    }
}
