namespace Ledger.Core.Shares;

/// <summary>The head (户主) a household joins the register under: a name and a resident ID number that GB 11643 accepts.</summary>
public sealed record HouseholdHead
{
    /// <summary>The longest name the register keeps (share_household.head_name).</summary>
    public const int NameLengthMax = 100;

    private HouseholdHead(string name, string idNumber) => (Name, IdNumber) = (name, idNumber);

    public string Name { get; }

    /// <summary>As given, upper-cased; every output masks it.</summary>
    public string IdNumber { get; }

    /// <summary>The head, or why the name or the ID number cannot stand on the register.</summary>
    public static Result<HouseholdHead> Of(string? name, string? idNumber)
    {
        var trimmedName = (name ?? "").Trim();
        var trimmedId = (idNumber ?? "").Trim().ToUpperInvariant();
        var refusals = new List<Refusal>();
        if (trimmedName.Length is 0 or > NameLengthMax)
        {
            refusals.Add(Refusal.Of("shares.head-name", $"新立户须有户主姓名（--name，1 到 {NameLengthMax} 个字）", $"a new household needs its head's name (--name, 1 to {NameLengthMax} characters)"));
        }
        if (trimmedId.Length == 0)
        {
            refusals.Add(Refusal.Of("shares.head-id", "新立户须有户主身份证号（--id-number）", "a new household needs its head's ID number (--id-number)"));
        }
        else if (Shares.IdNumber.Problem(trimmedId) is { } problem)
        {
            refusals.Add(new Refusal("shares.head-id", problem));
        }
        return refusals.Count == 0 ? Result<HouseholdHead>.Ok(new HouseholdHead(trimmedName, trimmedId)) : Result<HouseholdHead>.Refused(refusals);
    }
}
