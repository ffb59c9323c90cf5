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
}
