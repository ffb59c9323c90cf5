using Ledger.Core;
using Ledger.Core.Approval;
using Ledger.Core.Books;
using Ledger.Core.Users;
using Ledger.Tests.Support;

namespace Ledger.Tests.Approval;

public sealed class ApprovalPolicyTests
{
    [Test]
    public void The_default_policy_has_the_contracts_four_tiers()
    {
        var policy = TestLedger.Ok(ApprovalPolicy.Parse(Seeds.ReadText("approval-policy.json")));

        Assert.That(policy.Tiers.Select(t => t.From.ToString()), Is.EqualTo(new[] { "0.00", "1000.00", "5000.00", "10000.00" }));
        Assert.That(policy.Tiers[3].ResolutionRequired, Is.True);
        Assert.That(policy.Tiers[2].Roles, Is.EqualTo(new[] { Role.TownshipReviewer, Role.VillageHead, Role.FinanceGroup }));
        Assert.That(policy.CashPaymentMax, Is.EqualTo(Money.Parse("1000.00").Value));
        Assert.That(policy.BudgetRequired, Is.True);
    }

    [TestCase("0.00", 0)]
    [TestCase("999.99", 0)]
    [TestCase("1000.00", 1)]
    [TestCase("9999.99", 2)]
    [TestCase("10000.00", 3)]
    [TestCase("9000000.00", 3)]
    public void A_payment_takes_the_highest_tier_it_reaches(string payment, int tier)
    {
        var policy = TestLedger.Ok(ApprovalPolicy.Parse(Seeds.ReadText("approval-policy.json")));

        Assert.That(policy.TierFor(Money.Parse(payment).Value, BookKind.Committee), Is.SameAs(policy.Tiers[tier]));
    }

    [Test]
    public void A_tier_may_be_narrowed_to_one_kind_of_book()
    {
        var policy = TestLedger.Ok(ApprovalPolicy.Parse("""
            {"tiers": [{"from": "0.00", "roles": ["township-reviewer"]},
                       {"from": "500.00", "roles": ["township-reviewer", "finance-group"], "book": "合作社"}]}
            """));

        Assert.That(policy.TierFor(Money.Parse("600.00").Value, BookKind.Collective).Roles, Has.Count.EqualTo(2));
        Assert.That(policy.TierFor(Money.Parse("600.00").Value, BookKind.Committee).Roles, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_tier_may_be_narrowed_to_spending_on_expense_accounts()
    {
        var policy = TestLedger.Ok(ApprovalPolicy.Parse("""
            {"tiers": [{"from": "0.00", "roles": ["township-reviewer"]},
                       {"from": "500.00", "roles": ["township-reviewer", "village-head"], "expense_only": true}]}
            """));

        Assert.That(policy.TierFor(Money.Parse("600.00").Value, BookKind.Committee, spends: true).Roles, Has.Count.EqualTo(2));
        Assert.That(policy.TierFor(Money.Parse("600.00").Value, BookKind.Committee, spends: false).Roles, Has.Count.EqualTo(1));
    }

    [TestCase("not json")]
    [TestCase("{}")]
    [TestCase("""{"tiers": []}""")]
    [TestCase("""{"tiers": [{"from": 0, "roles": ["township-reviewer"]}]}""")] // amounts are strings, never floats
    [TestCase("""{"tiers": [{"from": "0.001", "roles": ["township-reviewer"]}]}""")]
    [TestCase("""{"tiers": [{"from": "100.00", "roles": ["township-reviewer"]}]}""")] // must start at zero
    [TestCase("""{"tiers": [{"from": "0.00", "roles": ["clerk"]}]}""")] // a clerk never approves
    [TestCase("""{"tiers": [{"from": "0.00", "roles": ["township-reviewer", "township-reviewer"]}]}""")]
    [TestCase("""{"tiers": [{"from": "0.00", "roles": []}]}""")]
    [TestCase("""{"tiers": [{"from": "0.00", "roles": ["township-reviewer"]}], "cash_payment_max": 1000}""")]
    [TestCase("""{"tiers": [{"from": "0.00", "roles": ["township-reviewer"]}], "budget_tolerance_percent": 250}""")]
    public void Refuses_a_policy_that_is_not_well_formed(string json)
    {
        Assert.That(ApprovalPolicy.Parse(json).Refusals.Single().Code, Is.EqualTo("policy.invalid"));
    }

    [Test]
    public void Refuses_a_policy_with_an_unknown_key_naming_every_one()
    {
        var result = ApprovalPolicy.Parse("""
            {"tiers": [{"from": "0.00", "roles": ["township-reviewer"], "resolutoin": true}],
             "budget_requird": false, "cash_payment_max": "1000.00"}
            """);

        Assert.That(result.IsRefused, Is.True);
        Assert.That(result.Refusals.Single().Message.En, Does.Contain("budget_requird").And.Contain("tiers[0].resolutoin"));
        Assert.That(result.Refusals.Single().Message.Zh, Does.Contain("不认识的键"));
    }

    [Test]
    public void Only_an_admin_replaces_the_policy_and_every_version_is_kept()
    {
        using var ledger = new TestLedger();

        Refusals.Expect(ledger.As("li").Approvals.ImportPolicy(Seeds.ReadText("approval-policy.json")), "access.role");
        TestLedger.Ok(ledger.As("zhang").Approvals.ImportPolicy(Seeds.ReadText("approval-policy.json")));

        Assert.That(ledger.Reader.Approvals.Policy().Tiers, Has.Count.EqualTo(4));
        var versions = Dapper.SqlMapper.ExecuteScalar<long>(ledger.Sql, "SELECT count(*) FROM approval_policy");
        Assert.That(versions, Is.EqualTo(3), "the seed, the lenient test policy, and the default again");
    }
}
