namespace Ledger.Core.Approval;

/// <summary>
/// The policy's times for proving identity (<c>session_hours</c>, <c>lockout_failures</c>, <c>lockout_minutes</c>):
/// a login lasts 8 hours, and five wrong passwords in a row lock the account for 15 minutes, unless the township
/// sets otherwise.
/// </summary>
public sealed record ProofTimes(int SessionHours, int LockoutFailures, int LockoutMinutes)
{
    public static ProofTimes Default { get; } = new(8, 5, 15);
}
