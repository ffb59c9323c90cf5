using Ledger.Core.Print;

namespace Ledger.Cli.Rendering.Pdf;

/// <summary>One page of a printed table: its rows [<paramref name="Start"/>, <paramref name="End"/>) and the carry rows around them.</summary>
/// <param name="BroughtForward">The 承前页 row at the page's head; null on the first page.</param>
/// <param name="CarriedForward">The 过次页 row at the page's foot; null on the last page.</param>
internal sealed record TablePage(int Start, int End, PrintedRow? BroughtForward, PrintedRow? CarriedForward);
