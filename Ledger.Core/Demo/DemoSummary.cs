using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Demo;

/// <summary>What the demo built, and which book and period it shows.</summary>
public sealed record DemoSummary(string Township, int Villages, int VouchersSubmitted, int VouchersPosted, BookRef ShownBook, Period ShownPeriod);
