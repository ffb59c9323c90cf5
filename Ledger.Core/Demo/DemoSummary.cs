using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Demo;

/// <summary>What the demo built, and which book and period it shows.</summary>
/// <param name="DividendBook">The share cooperative whose dividend plan for <paramref name="DividendYear"/> the demo asked for.</param>
/// <param name="DividendsNotYet">Why that plan could not be drawn up yet (the demo's year has months still open), or null when it was.</param>
/// <param name="BankAccount">The bank account of <paramref name="ShownBook"/> whose statement the demo reconciled.</param>
public sealed record DemoSummary(string Township, int Villages, int VouchersSubmitted, int VouchersPosted, BookRef ShownBook, Period ShownPeriod, BookRef DividendBook, int DividendYear,
    string BankAccount, Text? DividendsNotYet);
