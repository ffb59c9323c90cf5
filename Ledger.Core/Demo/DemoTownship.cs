using System.Globalization;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Setup;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Demo;

/// <summary>
/// Builds the demo township of <c>seeds/demo/township.json</c> through the same operations users run: an admin
/// adds villages, users and sub-accounts, each village's clerk submits its vouchers, the reviewer approves them
/// and the accountant posts them. Any refusal along the way is a bug in the seed or the engine, so it throws.
/// </summary>
public static class DemoTownship
{
    /// <returns>What was built: the book whose trial balance the demo shows, the period, and the counts.</returns>
    public static DemoSummary Build(LedgerDatabase database, TimeProvider clock)
    {
        var seed = DemoSeed.Load();
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
                Expect(asAdmin.Accounts.AddSubAccount(Book(village.Code, account.Book), account.Code, account.Name), $"account {account.Code}");
            }
        }
        var submitted = SubmitVouchers(database, clock, seed);
        var asReviewer = Session(database, seed.Reviewer, clock);
        foreach (var id in submitted)
        {
            Expect(asReviewer.Vouchers.Approve(id), $"approve {id}");
        }
        var first = Period.Parse(seed.Months[0]).Value.First;
        var posted = Expect(Session(database, seed.Accountant, clock).Vouchers.Post(Period.OfYear(first.Year)), "post");
        var shown = Book(seed.Villages[0].Code, "collective");
        var shownPeriod = Period.Parse($"{first.Year}-Q{((first.Number - 1) / 3) + 1}").Value;
        return new DemoSummary(seed.Township.Name, seed.Villages.Count, submitted.Count, posted.Count, shown, shownPeriod);
    }

    private static List<VoucherId> SubmitVouchers(LedgerDatabase database, TimeProvider clock, DemoSeed seed)
    {
        var submitted = new List<VoucherId>();
        foreach (var village in seed.Villages)
        {
            var clerk = Session(database, village.Clerk, clock);
            var drafts = from month in seed.Months.Select(m => Period.Parse(m).Value.First)
                         from template in seed.Vouchers
                         where template.Months.Contains(month.Number)
                         orderby template.Day
                         select Draft(village, month, template);
            foreach (var draft in drafts)
            {
                submitted.Add(Expect(clerk.Vouchers.Add(draft), $"voucher {draft.Label}"));
            }
        }
        return submitted;
    }

    private static VoucherDraft Draft(DemoSeed.VillageSeed village, Month month, DemoSeed.VoucherTemplate template)
    {
        // Scaled in whole fen and rounded down: the demo needs plausible amounts, and integer arithmetic keeps
        // them exact.
        var amount = Money.FromFen(Money.Parse(template.Amount).Value.Fen * village.ScalePercent / 100);
        var lines = template.Lines
            .Select(l => LineText.Parse(l.Replace("{a}", amount.ToString(), StringComparison.Ordinal)).Value)
            .ToList();
        var date = new DateOnly(month.Year, month.Number, template.Day);
        var reference = string.Create(CultureInfo.InvariantCulture, $"{month.Number:00}{template.Day:00}-{template.Lines[0].Split(':')[0]}");
        return new VoucherDraft(Book(village.Code, template.Book), date, template.Summary, lines, reference, template.Attachments);
    }

    private static BookRef Book(string village, string kind) => BookRef.Parse($"{village}/{kind}").Value;

    private static LedgerSession Session(LedgerDatabase database, string user, TimeProvider clock) =>
        Expect(LedgerSession.Open(database, user, clock), $"session {user}");

    private static T Expect<T>(Result<T> result, string step) => result.IsRefused
        ? throw new InvalidOperationException($"The demo seed was refused at {step}: {result.Refusals[0].Message.En}")
        : result.Value;
}
