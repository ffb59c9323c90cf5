using Ledger.Core.Bank;
using Ledger.Core.Contracts;
using Ledger.Core.Storage;

namespace Ledger.Core.Audit;

/// <summary>
/// Rule 7 of domain.md §7, 账外账: the books held against the records kept outside them. Statement lines no voucher
/// explains and vouchers the bank never saw, once the policy's grace days have passed; rent a contract says fell due
/// and the books never received; receipts below the contract; and income from a counterparty with no contract.
/// </summary>
internal static class OffBookRules
{
    public static IEnumerable<Finding> Run(AuditContext context)
    {
        var end = context.Period.LastDay;
        var grace = context.Policy.GraceDays;
        foreach (var (bookId, book) in context.Books.Where(b => context.InScope(b.Value)))
        {
            foreach (var account in BankDesk.BankAccounts(context.Transaction, bookId))
            {
                var reconciliation = BankDesk.Reconcile(context.Transaction, book, bookId, account.Id, account.Account, context.Period);
                if (reconciliation.IsRefused)
                {
                    continue;
                }
                foreach (var item in reconciliation.Value.BankNotBooked.Where(i => i.Date.DayNumber + grace < end.DayNumber))
                {
                    yield return new Finding(7, "bank-not-booked", new Text("账外资金：银行流水无凭证", "bank line with no voucher"), book, [], item.Amount.Abs(),
                        new Text($"{account.Account.Code} 对账单第 {item.Reference} 行 {item.Date:yyyy-MM-dd} {item.Amount} {item.Summary} 超过 {grace} 天没有对应凭证",
                            $"{account.Account.Code} statement line {item.Reference} of {item.Date:yyyy-MM-dd}, {item.Amount} {item.Summary}, has no voucher after {grace} days"));
                }
                var through = reconciliation.Value.StatementThrough;
                foreach (var item in reconciliation.Value.BookedNotBanked.Where(i => i.ClearedOn is null && i.Date.DayNumber + grace < through.DayNumber))
                {
                    yield return new Finding(7, "booked-not-banked", new Text("凭证所记银行收支未见于对账单", "voucher never reached the statement"), book, [item.Reference], item.Amount.Abs(),
                        new Text($"凭证 {item.Reference}（{item.Date:yyyy-MM-dd} {item.Summary}）记银行 {item.Amount}，至 {through:yyyy-MM-dd} 的对账单中没有这笔",
                            $"voucher {item.Reference} ({item.Date:yyyy-MM-dd} {item.Summary}) books {item.Amount} in the bank, and the statement through {through:yyyy-MM-dd} has no such line"));
                }
            }
            foreach (var finding in ContractFindings(context, bookId, book, end, grace))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<Finding> ContractFindings(AuditContext context, long bookId, Books.BookRef book, DateOnly end, int grace)
    {
        var contracts = ContractStore.List(context.Transaction, bookId).Select(c => c.Contract).ToList();
        if (contracts.Count == 0)
        {
            yield break;
        }
        var receipts = ContractReceipt.ByContract(contracts, ContractStore.Receipts(context.Transaction, bookId, end));
        var booksBegin = VillageStore.BooksBegin(context.Transaction, bookId);
        var overdueBy = end.AddDays(-grace);
        foreach (var contract in contracts.Where(c => c.Start <= end))
        {
            // Dues count from the lease's start or the books' first month, whichever is later, to the period's last
            // day; a finding needs some of them unpaid for longer than the grace days.
            var from = ContractDesk.DuesFrom(booksBegin, contract.Start);
            var due = contract.DueBetween(from, end);
            var overdue = contract.DueBetween(from, overdueBy);
            var received = Money.Sum(receipts[contract.Number].Select(r => r.Amount));
            if (received < overdue)
            {
                yield return new Finding(7, "rent-not-received", new Text("合同应收款未入账", "rent due and not received"), book, [], due - received,
                    new Text($"合同 {contract.Number}（{contract.Counterparty}，{contract.Subject}）自 {from:yyyy-MM-dd} 到 {end:yyyy-MM-dd} 应收 {due}，账上只收到 {received}，其中 {overdue - received} 逾期超过 {grace} 天",
                        $"contract {contract.Number} ({contract.Counterparty}, {contract.Subject}) had {due} fall due from {from:yyyy-MM-dd} by {end:yyyy-MM-dd}, and the books received {received}; {overdue - received} of it is more than {grace} days overdue"));
            }
            foreach (var short_ in receipts[contract.Number].Where(r => context.Period.Contains(r.Date) && r.Amount < contract.AmountPerPeriod))
            {
                yield return new Finding(7, "rent-below-contract", new Text("收款低于合同约定", "received below the contract"), book, [short_.VoucherId], contract.AmountPerPeriod - short_.Amount,
                    new Text($"凭证 {short_.VoucherId}（{short_.Date:yyyy-MM-dd}）收 {short_.Amount}，合同 {contract.Number} 每期 {contract.AmountPerPeriod}",
                        $"voucher {short_.VoucherId} ({short_.Date:yyyy-MM-dd}) received {short_.Amount}; contract {contract.Number} asks {contract.AmountPerPeriod} per period"));
            }
        }
        var parties = contracts.Select(c => c.Counterparty).ToHashSet(StringComparer.Ordinal);
        foreach (var income in ContractStore.NamedIncome(context.Transaction, bookId, context.Period.FirstDay, end).Where(i => !parties.Contains(i.Counterparty)))
        {
            yield return new Finding(7, "no-contract", new Text("无合同收取承包租赁收入", "income from a counterparty with no contract"), book, [income.VoucherId], Money.FromFen(income.IncomeFen),
                new Text($"凭证 {income.VoucherId}（{income.Date} {income.Summary}）向 {income.Counterparty} 收取经营收入，合同台账中没有其合同",
                    $"voucher {income.VoucherId} ({income.Date} {income.Summary}) books operating income from {income.Counterparty}, who has no contract in the register"));
        }
    }
}
