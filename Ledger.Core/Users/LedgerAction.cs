namespace Ledger.Core.Users;

/// <summary>Everything that changes the store, as <see cref="Access"/> grants it.</summary>
public enum LedgerAction
{
    ManageVillages,
    ManageUsers,
    ManageAccounts,
    PrepareVoucher,
    ApproveVoucher,
    RejectVoucher,
    PostVoucher,
    ReverseVoucher,

    /// <summary>Enter a book's opening balances (建账): the township accountant.</summary>
    EnterOpeningBalances,

    /// <summary>Submit a book's budget for approval.</summary>
    PrepareBudget,
}
