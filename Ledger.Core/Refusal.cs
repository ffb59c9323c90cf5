namespace Ledger.Core;

/// <summary>
/// An expected "no" from a rule: unbalanced, not permitted, unknown account. It is returned, never thrown,
/// and the CLI prints it with exit code 1.
/// </summary>
/// <param name="Code">A stable machine-readable code, e.g. <c>voucher.unbalanced</c>.</param>
/// <param name="Message">What is wrong and what to do, naming the voucher, account, user or row involved.</param>
public sealed record Refusal(string Code, Text Message)
{
    public static Refusal Of(string code, string zh, string en) => new(code, new Text(zh, en));
}
