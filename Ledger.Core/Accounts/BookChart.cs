using System.Data.Common;
using System.Runtime.CompilerServices;
using Ledger.Core.Storage;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Accounts;

/// <summary>
/// One book's chart of accounts as a unit of work sees it: every account by code and by the store's id, in code
/// order, and the one check every voucher of the book meets before it is written. It is loaded once per book per unit
/// of work, and loaded afresh after the unit of work changes any account.
/// </summary>
internal sealed class BookChart
{
    // Keyed by the unit of work the transaction runs, found from the transaction the account writes in Storage are
    // handed: a pooled PostgreSQL connection hands out the same transaction object for the next unit of work, which
    // must not find this one's charts. Entries go with the unit of work once it is collected.
    private static readonly ConditionalWeakTable<UnitOfWork, Dictionary<long, BookChart>> Loaded = new();

    private VoucherDraftValidator? _validator;

    private BookChart(long bookId, IReadOnlyList<AccountStore.Stored> accounts)
    {
        BookId = bookId;
        Accounts = accounts;
        ByCode = accounts.ToDictionary(s => s.Account.Code, s => s.Account);
        ById = accounts.ToDictionary(s => s.Id, s => s.Account);
        IdsByCode = accounts.ToDictionary(s => s.Account.Code, s => s.Id);
    }

    public long BookId { get; }

    /// <summary>Every account of the book with its store ids, in code order.</summary>
    public IReadOnlyList<AccountStore.Stored> Accounts { get; }

    public IReadOnlyDictionary<AccountCode, Account> ByCode { get; }

    public IReadOnlyDictionary<long, Account> ById { get; }

    /// <summary>The store id of each account, which voucher lines are written with.</summary>
    public IReadOnlyDictionary<AccountCode, long> IdsByCode { get; }

    /// <summary>The book's chart, read from the store the first time this unit of work asks for it.</summary>
    public static BookChart Load(UnitOfWork tx, long bookId)
    {
        var charts = Loaded.GetOrCreateValue(tx);
        if (!charts.TryGetValue(bookId, out var chart))
        {
            chart = new BookChart(bookId, AccountStore.Chart(tx, bookId));
            charts[bookId] = chart;
        }
        return chart;
    }

    /// <summary>Drops what the transaction has loaded, once it has changed an account, so that the next load reads the change.</summary>
    internal static void Forget(DbTransaction tx) => Loaded.Remove(UnitOfWork.Of(tx));

    /// <summary>Every problem of the draft against this chart, each as a refusal naming the voucher and the line; empty when it may be written.</summary>
    public IReadOnlyList<Refusal> Check(VoucherDraft draft) => Validator.Check(draft);

    /// <summary>Every problem of the draft against this chart, each with the index of its line, for a caller that names rows itself.</summary>
    public IReadOnlyList<VoucherProblem> Problems(VoucherDraft draft) => Validator.Problems(draft);

    private VoucherDraftValidator Validator => _validator ??= new VoucherDraftValidator(ByCode);

    /// <summary>The stored account of a code, or null when the book has none.</summary>
    public AccountStore.Stored? Find(AccountCode code) => Accounts.FirstOrDefault(s => s.Account.Code == code);

    /// <summary>The leaves under a level-1 code, the account itself when it is a leaf.</summary>
    public IEnumerable<AccountStore.Stored> LeavesUnder(string levelOne) =>
        Accounts.Where(s => s.Account.IsLeaf && s.Account.Code.LevelOne.Value == levelOne);

    /// <summary>The leaf that takes a transfer: the account itself if it is a leaf, else its one child named so.</summary>
    public AccountCode? LeafUnder(string levelOne, string? childName)
    {
        var top = Accounts.First(s => s.Account.Code.Value == levelOne).Account;
        if (top.IsLeaf)
        {
            return top.Code;
        }
        var leaves = LeavesUnder(levelOne).ToList();
        var named = childName is null ? leaves : leaves.Where(s => s.Account.Name.Contains(childName, StringComparison.Ordinal)).ToList();
        return named.Count == 1 ? named[0].Account.Code : null;
    }
}
