namespace Ledger.Core.Storage;

/// <summary>
/// An approval or posting record written in the current unit of work, which its actor's signature must cover before
/// the work commits: the action (<c>approve</c> or <c>post</c>), the voucher, what distinguishes the record (the
/// approving role, or the posted number), and the record's own time.
/// </summary>
internal sealed record SignableRecord(string Action, long VoucherId, string Detail, string AtUtc)
{
    public const string Approve = "approve";

    public const string Post = "post";

    /// <summary>A voucher cleared for posting, by the approval that completed its tier (or at once, for one entered approved).</summary>
    public const string Clear = "clear";

    /// <summary>The posted number as a posting record's detail: the word's number, then the month's sequence.</summary>
    public static string PostingDetail(string word, long wordNumber, long sequence) => $"{word}-{wordNumber}/{sequence}";

    /// <summary>The item as a signature lists it, without the voucher's content hash.</summary>
    public string Key => $"{Action}|{VoucherId}|{Detail}|{AtUtc}";
}
