using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Approval;
using Ledger.Core.Books;
using Ledger.Core.Users;

namespace Ledger.Cli.Commands.Approval;

[Says("显示现行审批规则。", "Show the approval policy in force.")]
internal sealed class PolicyShowCommand(CliContext context) : LedgerCommand<GlobalSettings>(context)
{
    private static readonly Column<ApprovalTier>[] Columns =
    [
        new("from", new Text("支付金额起", "from"), t => t.From),
        new("roles", new Text("审批角色", "roles"), t => new Shown(string.Join(", ", t.Roles.Select(r => r.Key())),
            new Text(string.Join("、", t.Roles.Select(r => r.Label().Zh)), string.Join(", ", t.Roles.Select(r => r.Label().En))))),
        new("resolution", new Text("需要决议", "resolution"), t => t.ResolutionRequired),
        new("book", new Text("账套", "book"), t => t.BookKind is { } kind ? new Shown(kind.Key(), kind.Label()) : null),
    ];

    protected override int Run(GlobalSettings settings) => WithSession(settings, session =>
    {
        var policy = session.Approvals.Policy();
        var language = LanguageOf(settings);
        Emit(settings, target =>
        {
            if (FormatOf(settings) == OutputFormat.Json)
            {
                target.WriteLine(policy.Document.Trim());
                return;
            }
            Output.Listing(target, FormatOf(settings), language, Columns, policy.Tiers);
            if (FormatOf(settings) == OutputFormat.Table)
            {
                target.WriteLine(language == Language.Zh
                    ? $"现金支付限额 {policy.CashPaymentMax}；库存现金限额 {policy.CashOnHandMax}；预算控制 {(policy.BudgetRequired ? "是" : "否")}，容差 {policy.BudgetTolerancePercent}%"
                    : $"cash payment max {policy.CashPaymentMax}; cash on hand max {policy.CashOnHandMax}; budget required {(policy.BudgetRequired ? "yes" : "no")}, tolerance {policy.BudgetTolerancePercent}%");
                var receiptPayment = policy.VoucherWords == Ledger.Core.Vouchers.VoucherWords.ReceiptPaymentTransfer;
                var monthly = policy.CarryIncome == Ledger.Core.Periods.IncomeCarry.Monthly;
                target.WriteLine(language == Language.Zh
                    ? $"凭证字 {(receiptPayment ? "收、付、转" : "记")}；损益结转 {(monthly ? "按月（结账时生成结转凭证）" : "按年（年结时结转）")}"
                    : $"voucher words {(receiptPayment ? "收/付/转" : "记")}; income carried {(monthly ? "monthly (at each month's close)" : "yearly (at the year close)")}");
            }
        });
        return ExitCodes.Done;
    });
}
