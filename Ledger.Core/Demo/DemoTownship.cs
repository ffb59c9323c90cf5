using Ledger.Core.Books;
using Ledger.Core.Import;
using Ledger.Core.Periods;
using Ledger.Core.Setup;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Demo;

/// <summary>
/// Builds the demo township of <c>seeds/demo</c> through the same operations users run: an admin adds villages,
/// users and sub-accounts, each village's clerk imports the village's spreadsheet, the reviewer approves every
/// voucher and the accountant posts them. Any refusal along the way is a bug in the seed or the engine, so it
/// throws.
/// </summary>
public static class DemoTownship
{
    /// <returns>What was built: the book whose trial balance the demo shows, the period, and the counts.</returns>
    public static DemoSummary Build(ILedgerStore database, TimeProvider realClock)
    {
        var seed = DemoSeed.Load();
        // The demo's quarter is kept as the township would have kept it: each step a few days after the quarter,
        // not years later, so that the audit does not take the whole demo for back-dated entries.
        var quarter = Period.Parse(seed.Period).Value;
        var clock = new DemoClock(new DateTimeOffset(quarter.LastDay.AddDays(5).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
        _ = realClock;
        var admin = seed.Users.First(u => u.Role == "admin").Name;
        Expect(TownshipSetup.Init(database, seed.Township.Code, seed.Township.Name, admin, clock, isDemo: true), "init");
        var asAdmin = Session(database, admin, clock);
        foreach (var village in seed.Villages)
        {
            Expect(asAdmin.Villages.Add(village.Code, village.Name), $"village {village.Code}");
        }
        foreach (var user in seed.Users.Where(u => u.Name != admin))
        {
            var village = user.Village is null ? (VillageCode?)null : VillageCode.Parse(user.Village).Value;
            Expect(asAdmin.Users.Add(user.Name, RoleNames.Parse(user.Role).Value, village), $"user {user.Name}");
        }
        foreach (var village in seed.Villages)
        {
            foreach (var account in seed.Accounts)
            {
                Expect(asAdmin.Accounts.AddSubAccount(BookRef.Parse($"{village.Code}/{account.Book}").Value, account.Code, account.Name), $"account {account.Code}");
            }
        }
        var period = Period.Parse(seed.Period).Value;
        var submitted = 0;
        foreach (var village in seed.Villages)
        {
            using var sheet = Seeds.Open(DemoSeed.Folder + village.Vouchers);
            var report = Expect(Session(database, village.Clerk, clock).Imports.Vouchers(village.Vouchers, sheet, new VoucherImportOptions()), $"import {village.Vouchers}");
            submitted += report.Vouchers;
        }
        using (var budget = Seeds.Open(DemoSeed.Folder + seed.Budget))
        {
            Expect(Session(database, seed.Accountant, clock).Imports.Budget(seed.Budget, budget), "import budget");
        }
        var asReviewer = Session(database, seed.Reviewer, clock);
        foreach (var village in seed.Villages)
        {
            foreach (var kind in new[] { BookKind.Committee, BookKind.Collective })
            {
                Expect(asReviewer.Budgets.Approve(new BookRef(VillageCode.Parse(village.Code).Value, kind), period.First.Year), $"approve budget {village.Code}");
            }
        }
        // The monthly run, as the township does it: the reviewer, then each village's head and finance group.
        var approvers = new[] { seed.Reviewer }.Concat(seed.Villages.SelectMany(v => new[] { v.Head, v.FinanceGroup }));
        foreach (var approver in approvers)
        {
            Expect(Session(database, approver, clock).Approvals.Run(period), $"approvals run by {approver}");
        }
        // Large payments wait for the villagers' meeting resolution (四议两公开); each role then approves citing it.
        foreach (var village in seed.Villages)
        {
            var waiting = Session(database, seed.Reviewer, clock).Approvals.Pending(period, VillageCode.Parse(village.Code).Value);
            foreach (var voucher in waiting)
            {
                foreach (var approver in new[] { seed.Reviewer, village.Head, village.FinanceGroup })
                {
                    Session(database, approver, clock).Approvals.Approve(voucher.Id, village.Resolution);
                }
            }
        }
        var stillPending = Session(database, seed.Reviewer, clock).Approvals.Pending(period);
        if (stillPending.Count > 0)
        {
            throw new InvalidOperationException($"The demo left {stillPending.Count} vouchers unapproved, e.g. {stillPending[0].Id}: {string.Join("; ", stillPending[0].Blocks.Select(b => b.En))}");
        }
        var posting = Expect(Session(database, seed.Accountant, clock).Vouchers.Post(period), "post");
        if (posting.Unposted is [var left, ..])
        {
            throw new InvalidOperationException($"The demo left {posting.Unposted.Count} vouchers unposted, e.g. {left.Id}: {left.Reason.Message.En}");
        }
        var posted = posting.Posted;
        HoldAgainstTheBank(database, seed, clock, period);
        var asAccountant = Session(database, seed.Accountant, clock);
        foreach (var month in period.Months())
        {
            Expect(asAccountant.Periods.Close(month, null), $"close {month}");
        }
        var (cooperative, dividendsNotYet) = BuildCooperative(database, seed, clock);
        var shown = BookRef.Parse($"{seed.Villages[0].Code}/collective").Value;
        return new DemoSummary(seed.Township.Name, seed.Villages.Count, submitted, posted.Count, shown, period, cooperative, seed.Cooperative.DividendYear, seed.Bank.Account, dividendsNotYet);
    }

    /// <summary>
    /// One book held against the records kept outside it: the clerk brings the bank's statement and the contracts
    /// register, and the accountant pairs the quarter's statement lines with the vouchers. What stays unpaired, and
    /// rent the contracts say fell due, are the audit's findings of money off the books.
    /// </summary>
    private static void HoldAgainstTheBank(ILedgerStore database, DemoSeed seed, TimeProvider clock, Period period)
    {
        var book = BookRef.Parse(seed.Bank.Book).Value;
        var clerk = Session(database, seed.Villages.Single(v => v.Code == book.Village.ToString()).Clerk, clock);
        using (var statement = Seeds.Open(DemoSeed.Folder + seed.Bank.Statement))
        {
            Expect(clerk.Bank.ImportStatement(seed.Bank.Statement, statement, book, seed.Bank.Account), "bank statement");
        }
        using (var contracts = Seeds.Open(DemoSeed.Folder + seed.Bank.Contracts))
        {
            Expect(clerk.Contracts.Import(seed.Bank.Contracts, contracts, book), "contracts");
        }
        Expect(Session(database, seed.Accountant, clock).Bank.Match(book, seed.Bank.Account, period), "bank match");
    }

    /// <summary>
    /// The share cooperative: the accountant loads the charter's classes, the clerk the members' register, the
    /// accountant fixes it, an inheritance moves units after fixation, and the clerk asks for the year's dividend plan.
    /// The demo's books hold only the first quarter, so the plan is refused, saying which months must close first: a
    /// distribution comes after the year's business, and that refusal is what a township sees in April.
    /// </summary>
    private static (BookRef Book, Text? NotYet) BuildCooperative(ILedgerStore database, DemoSeed seed, TimeProvider clock)
    {
        var cooperative = seed.Cooperative;
        var book = BookRef.Parse(cooperative.Book).Value;
        var clerk = seed.Villages.Single(v => v.Code == book.Village.ToString()).Clerk;
        using (var classes = Seeds.Open(DemoSeed.Folder + cooperative.Classes))
        {
            Expect(Session(database, seed.Accountant, clock).Shares.ImportClasses(cooperative.Classes, classes), "share classes");
        }
        using (var members = Seeds.Open(DemoSeed.Folder + cooperative.Members))
        {
            Expect(Session(database, clerk, clock).Shares.ImportMembers(cooperative.Members, members, book), "members");
        }
        Expect(Session(database, seed.Accountant, clock).Shares.Fix(book, DateOnly.Parse(cooperative.FixedOn, System.Globalization.CultureInfo.InvariantCulture)), "fix shares");
        var inheritance = cooperative.Inheritance;
        Expect(Session(database, clerk, clock).Shares.Record(book, Shares.ShareEventKind.Inheritance, inheritance.From, inheritance.To, inheritance.Units,
            DateOnly.Parse(inheritance.Date, System.Globalization.CultureInfo.InvariantCulture)), "inheritance");
        var plan = Session(database, clerk, clock).Dividends.Plan(book, cooperative.DividendYear);
        if (plan.IsRefused && plan.Refusals[0].Code != "dividends.months-open")
        {
            throw new InvalidOperationException($"The demo seed was refused at dividend plan: {plan.Refusals[0].Message.En}");
        }
        return (book, plan.IsRefused ? plan.Refusals[0].Message : null);
    }

    /// <summary>A clock that stands at the demo's own date.</summary>
    private sealed class DemoClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    private static LedgerSession Session(ILedgerStore database, string user, TimeProvider clock) =>
        Expect(LedgerSession.Open(database, user, clock), $"session {user}");

    private static T Expect<T>(Result<T> result, string step) => result.IsRefused
        ? throw new InvalidOperationException($"The demo seed was refused at {step}: {result.Refusals[0].Message.En}")
        : result.Value;
}
