namespace Ledger.Core.Shares;

/// <summary>The names of a dividend plan's statuses in JSON and in the store, and their labels.</summary>
public static class DividendPlanStatusNames
{
    public static string Key(this DividendPlanStatus status) => status switch
    {
        DividendPlanStatus.Planned => "planned",
        DividendPlanStatus.Approved => "approved",
        DividendPlanStatus.Posted => "posted",
        DividendPlanStatus.Superseded => "superseded",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A dividend plan status without a name."),
    };

    public static Text Label(this DividendPlanStatus status) => status switch
    {
        DividendPlanStatus.Planned => new Text("待审批", "planned"),
        DividendPlanStatus.Approved => new Text("已审批", "approved"),
        DividendPlanStatus.Posted => new Text("已记账", "posted"),
        DividendPlanStatus.Superseded => new Text("已作废", "superseded"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A dividend plan status without a label."),
    };

    /// <summary>The status a stored name stands for; a name the store's CHECK allows always has one.</summary>
    public static DividendPlanStatus Parse(string key)
    {
        foreach (var status in Enum.GetValues<DividendPlanStatus>())
        {
            if (status.Key() == key)
            {
                return status;
            }
        }
        throw new LedgerInvariantException($"The store holds a dividend plan status '{key}' that no release wrote.");
    }
}
