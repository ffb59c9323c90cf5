using Ledger.Core.Books;
using Ledger.Core.Storage;

namespace Ledger.Core.Shares;

/// <summary>
/// A book's register as the store keeps it, fixed holdings and events, read once; holdings at any date are the
/// fixed units plus the events effective by then.
/// </summary>
internal sealed class RegisterState
{
    private readonly IReadOnlyList<ShareStore.HoldingRow> _fixed;
    private readonly List<ShareStore.EventRow> _events;

    private RegisterState(IReadOnlyList<ShareStore.ClassRow> classes, IReadOnlyList<ShareStore.HouseholdRow> households,
        IReadOnlyList<ShareStore.HoldingRow> holdings, IReadOnlyList<ShareStore.EventRow> events, DateOnly? fixedOn)
    {
        Classes = classes.ToDictionary(c => c.Id);
        Households = households;
        _fixed = holdings;
        _events = events.ToList();
        FixedOn = fixedOn;
    }

    public IReadOnlyDictionary<long, ShareStore.ClassRow> Classes { get; }

    /// <summary>By household number.</summary>
    public IReadOnlyList<ShareStore.HouseholdRow> Households { get; }

    public DateOnly? FixedOn { get; }

    public static RegisterState Load(UnitOfWork tx, long bookId)
    {
        var fixedOn = ShareStore.FixedOn(tx, bookId);
        return new RegisterState(ShareStore.Classes(tx), ShareStore.Households(tx, bookId), ShareStore.Holdings(tx, bookId),
            ShareStore.Events(tx, bookId), fixedOn is null ? null : StoredTime.ParseDate(fixedOn));
    }

    public ShareStore.HouseholdRow? Find(string household) => Households.FirstOrDefault(h => h.Household == household.Trim());

    /// <summary>The households on the register at the end of <paramref name="date"/>: those added later are not yet members then.</summary>
    public IEnumerable<ShareStore.HouseholdRow> OnRegisterAt(DateOnly date) =>
        Households.Where(h => h.AddedOn is null || StoredTime.ParseDate(h.AddedOn) <= date);

    /// <summary>Units per household and class at the end of <paramref name="date"/>.</summary>
    public Dictionary<(long HouseholdId, long ClassId), long> UnitsAt(DateOnly date)
    {
        var units = _fixed.ToDictionary(h => (h.HouseholdId, h.ClassId), h => h.Units);
        foreach (var e in _events.Where(e => StoredTime.ParseDate(e.EffectiveOn) <= date))
        {
            units[(e.FromHouseholdId, e.ClassId)] = units.GetValueOrDefault((e.FromHouseholdId, e.ClassId)) - e.Units;
            units[(e.ToHouseholdId, e.ClassId)] = units.GetValueOrDefault((e.ToHouseholdId, e.ClassId)) + e.Units;
        }
        return units;
    }

    /// <summary>Each household's weighted units (ten-thousandths) at <paramref name="date"/>, by household number.</summary>
    public IReadOnlyList<(ShareStore.HouseholdRow Household, long WeightedE4)> WeightedAt(DateOnly date)
    {
        var held = HeldBy(UnitsAt(date));
        return OnRegisterAt(date).Select(h => (h, WeightOf(held[h.Id]))).ToList();
    }

    /// <summary>Units per class, grouped by household once rather than searched per household.</summary>
    private static ILookup<long, (long ClassId, long Units)> HeldBy(Dictionary<(long HouseholdId, long ClassId), long> units) =>
        units.ToLookup(u => u.Key.HouseholdId, u => (u.Key.ClassId, u.Value));

    private long WeightOf(IEnumerable<(long ClassId, long Units)> held) =>
        held.Sum(u => ShareWeight.FromTenThousandths(Classes[u.ClassId].WeightE4).Weigh(u.Units));

    /// <summary>Adds an event not yet stored, so that <see cref="FirstShortfall"/> can judge it with the rest.</summary>
    public void Add(ShareStore.EventRow e) => _events.Add(e);

    /// <summary>
    /// The first household, class and date at which applying the events in effective order would leave fewer than
    /// zero units: an event may only give what the giver holds on its date and keeps holding after it.
    /// </summary>
    public (ShareStore.HouseholdRow Household, ShareStore.ClassRow Class, DateOnly Date)? FirstShortfall()
    {
        var units = _fixed.ToDictionary(h => (h.HouseholdId, h.ClassId), h => h.Units);
        foreach (var e in _events.OrderBy(e => e.EffectiveOn, StringComparer.Ordinal).ThenBy(e => e.Id))
        {
            var left = units.GetValueOrDefault((e.FromHouseholdId, e.ClassId)) - e.Units;
            if (left < 0)
            {
                return (Households.Single(h => h.Id == e.FromHouseholdId), Classes[e.ClassId], StoredTime.ParseDate(e.EffectiveOn));
            }
            units[(e.FromHouseholdId, e.ClassId)] = left;
            units[(e.ToHouseholdId, e.ClassId)] = units.GetValueOrDefault((e.ToHouseholdId, e.ClassId)) + e.Units;
        }
        return null;
    }

    public ShareRegisterView View(BookRef book, DateOnly date)
    {
        var units = UnitsAt(date);
        var classes = Classes.Values.Where(c => units.Any(u => u.Key.ClassId == c.Id))
            .Select(c => new ShareClass(c.Name, ShareWeight.FromTenThousandths(c.WeightE4))).ToList();
        var held = HeldBy(units);
        var rows = OnRegisterAt(date).Select(h => new RegisterRow(h.Household, h.HeadName, IdNumber.Mask(h.IdNumber),
            held[h.Id].ToDictionary(u => Classes[u.ClassId].Name, u => u.Units), WeightOf(held[h.Id]))).ToList();
        return new ShareRegisterView(book, date, FixedOn, classes, rows);
    }
}
