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
    BankIn,

    /// <summary>行次: a line of a statutory form by its printed number.</summary>
    FormRow,

    /// <summary>核实数: the value the township verified in the asset inventory.</summary>
    Verified,
    BankOut,
    Balance,
    Serial,
    CounterpartyAccount,
    ContractNumber,
    Subject,
    StartDate,
    EndDate,
    AmountPerPeriod,
    Cycle,
}
