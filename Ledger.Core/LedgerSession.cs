using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Identity;
using Ledger.Core.Reports;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;

namespace Ledger.Core;

/// <summary>
/// One person's use of one store: who acts, and what time it is. Every operation of the engine hangs off a
/// session, so that each checks the actor's role itself, whoever calls it.
/// </summary>
public sealed class LedgerSession
{
    private LedgerSession(ILedgerStore store, User? actor, TimeProvider clock, ProofMode mode = ProofMode.Names, Refusal? unproven = null, Signer? signer = null)
    {
        Signer = signer;
        Store = store;
        Actor = actor;
        Clock = clock;
        ProofMode = mode;
        _unproven = unproven;
    }

    /// <summary>Why the actor may change nothing in a township with passwords: no proof, or a session that proves nothing.</summary>
    private readonly Refusal? _unproven;

    /// <summary>The proven actor's signing key, in a township with passwords; it signs approvals and postings, and the keys an admin certifies.</summary>
    internal Signer? Signer { get; }

    /// <summary>How the township's users prove who they are.</summary>
    public ProofMode ProofMode { get; }

    public ILedgerStore Store { get; }

    /// <summary>Who acts; null for read-only use without a user.</summary>
    public User? Actor { get; }

    public TimeProvider Clock { get; }

    public DateTimeOffset NowUtc => Clock.GetUtcNow();

    /// <summary>
    /// The township's time: China Standard Time (Beijing time, UTC+8, no daylight saving), the one time zone in
    /// which every township keeps its books. The store and JSON keep UTC; people are shown this.
    /// </summary>
    public static readonly TimeSpan TownshipOffset = TimeSpan.FromHours(8);

    /// <summary>Today in China, where the books are kept; used as the default date of a reversal.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TownshipOffset).DateTime);

    public VillageDesk Villages => new(this);

    public UserDesk Users => new(this);

    public ChartDesk Accounts => new(this);

    public VoucherDesk Vouchers => new(this);

    public Import.ImportDesk Imports => new(this);

    public Approval.ApprovalDesk Approvals => new(this);

    public Budgets.BudgetDesk Budgets => new(this);

    public Periods.PeriodDesk Periods => new(this);

    public TrialBalanceReport TrialBalance => new(this);

    public ExportDesk Journal => new(this);

    public StatementReport Statements => new(this);

    public ReportDesk Reports => new(this);

    /// <summary>The books and statements as an office prints them: 日记账, 明细账, 总账, 多栏账 and the statutory forms.</summary>
    public BooksDesk Books => new(this);

    /// <summary>Balances by counterparty and project (辅助核算), their ageing, statements of account and project ledgers.</summary>
    public Dimensions.DimensionDesk Dimensions => new(this);

    public Audit.AuditDesk Audit => new(this);

    public Integrity.VerifyDesk Verifier => new(this);

    public Integrity.ArchiveDesk Archive => new(this);

    public Integrity.MigrationDesk Migration => new(this);

    public Integrity.LogDesk Log => new(this);

    public Shares.ShareDesk Shares => new(this);

    public Shares.DividendDesk Dividends => new(this);

    public Bank.BankDesk Bank => new(this);

    public Contracts.ContractDesk Contracts => new(this);

    public Print.PrintDesk Print => new(this);

    /// <summary>The statistical tables a township files upward (农经统计年报 表六, 表七), in 万元.</summary>
    public Returns.StatsDesk Stats => new(this);

    /// <summary>The yearly asset inventory (年度资产清查, 农清明细19-1) with its verified values.</summary>
    public Returns.InventoryDesk Inventory => new(this);

    /// <summary>Passwords an admin resets for users who forgot theirs.</summary>
    public IdentityDesk Identity => new(this);

    /// <summary>Opens a session for <paramref name="userName"/>, who must exist, with no proof; null opens a read-only session.</summary>
    public static Result<LedgerSession> Open(ILedgerStore store, string? userName, TimeProvider clock) => Open(store, userName, clock, Proof.None);

    /// <summary>
    /// Opens a session for <paramref name="userName"/>, who must exist; null opens a read-only session. In a township
    /// with passwords the actor changes nothing without <paramref name="proof"/>: a wrong password is refused here (and
    /// counted), while a missing proof or a login that proves nothing leaves a session that may only read.
    /// </summary>
    public static Result<LedgerSession> Open(ILedgerStore store, string? userName, TimeProvider clock, Proof proof)
    {
        var (mode, storeId) = Credentials.ModeOf(store);
        if (string.IsNullOrWhiteSpace(userName))
        {
            return Result<LedgerSession>.Ok(new LedgerSession(store, null, clock, mode));
        }
        var user = store.Read(tx => UserStore.Find(tx, userName.Trim()));
        if (user is null)
        {
            return Credentials.UnknownUser(userName);
        }
        if (mode == ProofMode.Names)
        {
            return Result<LedgerSession>.Ok(new LedgerSession(store, user, clock));
        }
        var proven = proof.Kind switch
        {
            ProofKind.Password => Credentials.ByPassword(store, user, proof.Secret!, clock),
            ProofKind.Session => Credentials.BySession(store, user, proof.Secret!, clock),
            _ => Result<Signer>.Refused(Credentials.Unproven(user)),
        };
        if (proven.IsRefused && proof.Kind == ProofKind.Password)
        {
            return Result<LedgerSession>.Refused(proven.Refusals);
        }
        var signer = proven.IsRefused ? null : proven.Value;
        return Result<LedgerSession>.Ok(new LedgerSession(new SigningStore(store, signer, storeId, clock), user, clock, mode,
            proven.IsRefused ? proven.Refusals[0] : null, signer));
    }

    /// <summary>Null when the actor may take the action, else the refusal.</summary>
    internal Refusal? Check(LedgerAction action, VillageCode? village = null) =>
        Actor is not null && _unproven is { } unproven ? unproven : Access.Check(Actor, action, village);

    /// <summary>The actor, once <see cref="Check"/> has passed.</summary>
    internal User RequireActor() => Actor ?? throw new InvalidOperationException("An access check must pass before the actor is used.");
}
