using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Audit;

/// <summary>
/// The findings of a period, with the summary an auditor reads first: per rule how many and how much, per village
/// how many.
/// </summary>
/// <param name="ByRule">Every rule the desk checks, those that found nothing too, so that a clean rule shows as checked.</param>
/// <param name="ByVillage">Every village in scope, those without findings too.</param>
public sealed record AuditReport(Period Period, IReadOnlyList<AuditReport.RuleTotal> ByRule, IReadOnlyList<AuditReport.VillageTotal> ByVillage, IReadOnlyList<Finding> Findings)
{
    /// <summary>A rule's findings counted, and their amounts added up (findings without an amount add nothing).</summary>
    public sealed record RuleTotal(AuditRule Rule, int Count, Money Amount);

    /// <summary>A village's findings counted, in each of its books and together.</summary>
    public sealed record VillageTotal(VillageCode Village, string Name, int Committee, int Collective)
    {
        public int Count => Committee + Collective;
    }

    /// <summary>Summarizes <paramref name="findings"/> for the villages given, in the order given.</summary>
    public static AuditReport Of(Period period, IReadOnlyList<(VillageCode Code, string Name)> villages, IReadOnlyList<Finding> findings)
    {
        var byRule = AuditRule.Checked
            .Select(rule =>
            {
                var found = findings.Where(f => f.Rule == rule.Number).ToList();
                return new RuleTotal(rule, found.Count, Money.Sum(found.Select(f => f.Amount ?? Money.Zero)));
            })
            .ToList();
        var byVillage = villages
            .Select(v => new VillageTotal(v.Code, v.Name,
                findings.Count(f => f.Book == new BookRef(v.Code, BookKind.Committee)),
                findings.Count(f => f.Book == new BookRef(v.Code, BookKind.Collective))))
            .ToList();
        return new AuditReport(period, byRule, byVillage, findings);
    }
}
