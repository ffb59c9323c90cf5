namespace Ledger.Core.Print;

/// <summary>One cell: the text printed, and the amount behind it when it is money, so that carries sum exact fen.</summary>
public sealed record PrintedCell(string Text, Money? Amount = null)
{
    public static PrintedCell Blank { get; } = new(string.Empty);

    /// <summary>Whether the text is a number that is not money in 元 (a figure in 万元, a count), which a workbook keeps as a number.</summary>
    public bool IsFigure { get; private init; }

    public static PrintedCell Of(string text) => new(text);

    /// <summary>A number written invariantly (<c>12.34</c>, <c>7</c>) that is not an amount of fen.</summary>
    public static PrintedCell Figure(string text) => new(text) { IsFigure = true };
}
