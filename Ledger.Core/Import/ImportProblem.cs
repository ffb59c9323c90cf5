namespace Ledger.Core.Import;

/// <summary>One problem of an imported file, at a row and column as the spreadsheet shows them.</summary>
internal sealed record ImportProblem(int Row, string Column, Text Message)
{
    public Refusal ToRefusal(string file) =>
        Refusal.Of("import.row", $"{file}:{Row}: {Column}: {Message.Zh}", $"{file}:{Row}: {Column}: {Message.En}");
}
