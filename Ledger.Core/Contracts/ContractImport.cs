namespace Ledger.Core.Contracts;

/// <summary>What <c>import contracts</c> did to the register of one book.</summary>
public sealed record ContractImport(Books.BookRef Book, string File, bool DryRun, int Registered, int Changed, int Unchanged);
