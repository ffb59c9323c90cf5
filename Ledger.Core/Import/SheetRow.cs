namespace Ledger.Core.Import;

/// <summary>One row of a clerk's sheet, numbered as the spreadsheet shows it.</summary>
/// <param name="Cells">string, double (an Excel number), DateTime (an Excel date), bool, or null for an empty cell.</param>
internal readonly record struct SheetRow(int Number, object?[] Cells)
{
    public object? this[int column] => column >= 0 && column < Cells.Length ? Cells[column] : null;

    public bool IsBlank => Cells.All(c => c is null || (c is string s && s.Trim().Length == 0));
}
