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

    /// <summary>Approve a book's budget or adjust an approved one.</summary>
    ApproveBudget,

    /// <summary>Replace the approval policy.</summary>
    ManagePolicy,

    /// <summary>Close a month, or close the year.</summary>
    ClosePeriod,

    /// <summary>Reopen a closed month.</summary>
    ReopenPeriod,

    /// <summary>Withdraw or correct one's own voucher before it is posted.</summary>
    WithdrawVoucher,
}
