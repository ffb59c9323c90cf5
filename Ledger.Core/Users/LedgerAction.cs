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

    /// <summary>Add share classes or change their weights (the charter).</summary>
    ManageShareClasses,

    /// <summary>Draw up a collective's share register, and record the events that move units after fixation.</summary>
    ManageShareRegister,

    /// <summary>Fix a collective's share register (股权固化).</summary>
    FixShares,

    /// <summary>Draw up a year's dividend plan.</summary>
    PlanDividends,

    /// <summary>Approve a dividend plan: the township reviewer and the village's democratic finance group.</summary>
    ApproveDividends,

    /// <summary>Post an approved dividend plan.</summary>
    PostDividends,

    /// <summary>Import a bank account's statement.</summary>
    ImportBankStatement,

    /// <summary>Pair statement lines with voucher lines, or undo a pairing.</summary>
    MatchBank,

    /// <summary>Register contracts, or record their changes.</summary>
    ManageContracts,

    /// <summary>Record the values verified in the yearly asset inventory (核实数): the township's reviewer or accountant.</summary>
    VerifyInventory,
}
