namespace Ledger.Core.Print;

/// <summary>One cell: the text printed, and the amount behind it when it is money, so that carries sum exact fen.</summary>
public sealed record PrintedCell(string Text, Money? Amount = null)
{
    public static PrintedCell Blank { get; } = new(string.Empty);

    public static PrintedCell Of(string text) => new(text);
}
