namespace Ledger.Core.Print;

/// <summary>How a column's cells sit: text left, numbers and amounts right, short codes centred.</summary>
public enum ColumnAlign
{
    Left,
    Centre,
    Right,
}
