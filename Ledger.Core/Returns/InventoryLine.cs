namespace Ledger.Core.Returns;

/// <summary>One line of the asset inventory's balance sheet: its book value (账面数) and its verified value (核实数).</summary>
/// <param name="IsVerifiedSet">Whether the township recorded a 核实数 for this line; if not, it is the book value.</param>
public sealed record InventoryLine(string Key, string Name, int? Row, bool IsTotal, Money Book, Money Verified, bool IsVerifiedSet);
