using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Budgets;

/// <summary>Budgets under township management: approval by a township reviewer, recorded adjustments, and the view.</summary>
public sealed class BudgetDesk(LedgerSession session)
{
    public Result<BudgetView> Approve(BookRef book, int year)
    {
        if (session.Check(LedgerAction.ApproveBudget, book.Village) is { } denied)
        {
            return denied;
        }
        return session.Store.Write(tx =>
        {
            var bookId = VillageStore.FindBookId(tx, book);
            if (bookId is null)
            {
                return ChartDesk.UnknownBook(book);
            }
            if (!BudgetStore.HasLines(tx, bookId.Value, year))
            {
                return Refusal.Of("budget.empty", $"{book} 没有 {year} 年预算：先用 import budget 导入", $"{book} has no {year} budget: import it first with 'import budget'");
            }
            if (BudgetStore.IsApproved(tx, bookId.Value, year))
            {
                return Refusal.Of("budget.approved", $"{book} {year} 年预算已审批", $"the {year} budget of {book} is already approved");
            }
            BudgetStore.Approve(tx, bookId.Value, year, session.RequireActor().Id, session.NowUtc);
            return Result<BudgetView>.Ok(View(tx, book, bookId.Value, year));
        });
    }

    /// <summary>Moves one account's line by <paramref name="by"/> (up or down), with the reason, recorded.</summary>
    public Result<BudgetView> Adjust(BookRef book, int year, string accountCode, Money by, string reason)
    {
        if (session.Check(LedgerAction.ApproveBudget, book.Village) is { } denied)
        {
            return denied;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.Of("budget.reason", "调整预算必须写明理由（--reason）", "a budget adjustment needs a reason (--reason)");
        }
        return session.Store.Write(tx =>
        {
            var bookId = VillageStore.FindBookId(tx, book);
            if (bookId is null)
            {
                return ChartDesk.UnknownBook(book);
            }
            var account = BookChart.Load(tx, bookId.Value).Accounts.FirstOrDefault(s => s.Account.Code.Value == accountCode.Trim());
            if (account is null)
            {
                return Refusal.Of("line.account-unknown", $"账套 {book} 没有科目 {accountCode}", $"book {book} has no account {accountCode}");
            }
            var current = BudgetStore.Amount(tx, bookId.Value, year, account.Id) ?? 0;
            if (current + by.Fen < 0)
            {
                return Refusal.Of("budget.negative", $"调整后 {accountCode} 的预算将为 {Money.FromFen(current + by.Fen)}，不能为负",
                    $"the budget of {accountCode} would become {Money.FromFen(current + by.Fen)}; a budget is never negative");
            }
            BudgetStore.Adjust(tx, bookId.Value, year, account.Id, by.Fen, reason.Trim(), session.RequireActor().Id, session.NowUtc);
            return Result<BudgetView>.Ok(View(tx, book, bookId.Value, year));
        });
    }

    public Result<BudgetView> Show(BookRef book, int year) => session.Store.Read(tx =>
    {
        var bookId = VillageStore.FindBookId(tx, book);
        return bookId is null ? ChartDesk.UnknownBook(book) : Result<BudgetView>.Ok(View(tx, book, bookId.Value, year));
    });

    private static BudgetView View(UnitOfWork tx, BookRef book, long bookId, int year)
    {
        var chart = BookChart.Load(tx, bookId).ById;
        var spent = BudgetStore.SpentByAccount(tx, bookId, year);
        var lines = BudgetStore.Lines(tx, bookId, year).Select(l =>
        {
            var code = AccountCode.FromStore(l.Code);
            var under = spent.Where(s => chart[s.Key].Code == code || code.IsAncestorOf(chart[s.Key].Code)).Select(s => s.Value).ToList();
            return new BudgetLine(l.Code, l.Name, Money.FromFen(l.AmountFen), Money.FromFen(l.AdjustedFen),
                Money.FromFen(under.Sum(s => s.PostedFen)), Money.FromFen(under.Sum(s => s.ApprovedFen)));
        }).ToList();
        return new BudgetView(book, year, BudgetStore.IsApproved(tx, bookId, year), lines);
    }
}
