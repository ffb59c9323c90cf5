namespace Ledger.Core.Import;

/// <summary>The columns a clerk's voucher sheet may have, whatever its header calls them.</summary>
internal enum ImportField
{
    Date,
    Number,
    Summary,
    AccountCode,
    AccountName,
    Debit,
    Credit,
    Attachments,
    Settlement,
    Resolution,
    Counterparty,
    Project,
    Village,
    Book,
    Year,
    Amount,
    Direction,
    VillageName,
    Household,
    HeadName,
    IdNumber,
    ShareClass,
    Units,
    Weight,
}
