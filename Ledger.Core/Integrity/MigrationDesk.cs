using Ledger.Core.Periods;
using Ledger.Core.Reports;
using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Integrity;

/// <summary>
/// Moves a township's books from its SQLite file to a PostgreSQL database (a county or province platform taking over
/// the township's books). The copy is trusted only once it is proven: verify passes on it, and every book's trial
/// balance of every year reads the same on both sides. Short of that, the database is left as empty as it was found.
/// </summary>
public sealed class MigrationDesk(LedgerSession session)
{
    public Result<MigrationReport> CopyTo(StoreAddress target)
    {
        if (session.Check(LedgerAction.ManageUsers) is { } denied)
        {
            return denied;
        }
        if (!target.IsPostgres)
        {
            return Refusal.Of("migrate.target", "migrate 把账库迁入 PostgreSQL：--to 应为 postgres://用户@主机/数据库", "migrate copies a store into PostgreSQL: --to takes postgres://USER@HOST/DATABASE");
        }
        if (session.Store.FileCopyRefusal is not null)
        {
            return Refusal.Of("migrate.source", "migrate 只从 SQLite 账库文件迁出", "migrate copies from a SQLite store file only");
        }
        if (LedgerStores.TablesIn(target) is { Count: > 0 } tables)
        {
            return LedgerStores.NotEmpty(target, tables);
        }
        var sourceVerify = session.Verifier.Verify();
        if (sourceVerify.IsRefused)
        {
            return Result<MigrationReport>.Refused(sourceVerify.Refusals.Select(r =>
                Refusal.Of("migrate.source-broken", $"原账库未通过核验，不迁移：{r.Message.Zh}", $"the store does not verify, and is not copied: {r.Message.En}")).ToList());
        }
        ILedgerStore? copy = null;
        var proven = false;
        try
        {
            copy = LedgerStores.Create(target);
            if (copy.SchemaVersion != session.Store.SchemaVersion)
            {
                // A release keeps the two stores' schemas at one version (StoreSchemaTests); a copy between two
                // versions would drop what one has and the other lacks.
                return Refusal.Of("migrate.schema", $"账库的结构版本（{session.Store.SchemaVersion}）与 PostgreSQL 账库的（{copy.SchemaVersion}）不同，不迁移",
                    $"the store's schema version ({session.Store.SchemaVersion}) differs from the PostgreSQL store's ({copy.SchemaVersion}); nothing was copied");
            }
            var counts = session.Store.Read(tx => LedgerStores.CopyAll(tx, copy));
            var copied = LedgerSession.Open(copy, null, session.Clock).Value;
            var verify = copied.Verifier.Verify();
            if (verify.IsRefused)
            {
                return Result<MigrationReport>.Refused(verify.Refusals.Select(r =>
                    Refusal.Of("migrate.copy-broken", $"迁入的副本未通过核验，已撤回：{r.Message.Zh}", $"the copy does not verify, and was taken back: {r.Message.En}")).ToList());
            }
            var compared = CompareTrialBalances(copied);
            if (compared.IsRefused)
            {
                return Result<MigrationReport>.Refused(compared.Refusals);
            }
            proven = true;
            return Result<MigrationReport>.Ok(new MigrationReport(target.ToString(), counts.Count, counts.Sum(c => c.Rows), compared.Value, verify.Value));
        }
        finally
        {
            // Only what this command made is taken back, and only when it was not proven.
            copy?.Dispose();
            if (copy is not null && !proven)
            {
                LedgerStores.Discard(target);
            }
        }
    }

    /// <summary>Every book's trial balance of every year it has totals for, on both sides; the first that differs is named.</summary>
    private Result<int> CompareTrialBalances(LedgerSession copied)
    {
        var bookYears = session.Store.Read(tx => BalanceStore.BookYears(tx));
        foreach (var (book, year) in bookYears)
        {
            var period = Period.OfYear(year);
            var here = session.TrialBalance.Build(book, period).Value;
            var there = copied.TrialBalance.Build(book, period).Value;
            var first = here.Rows.Append(here.Totals).Zip(there.Rows.Append(there.Totals)).FirstOrDefault(pair => pair.First != pair.Second);
            if (here.Rows.Count != there.Rows.Count || first != default)
            {
                var code = first == default ? "" : first.First.Code;
                return Refusal.Of("migrate.trial-balance",
                    $"{book} {year} 年的科目余额表两边不一致（科目 {code}），副本已撤回",
                    $"the trial balance of {book} for {year} differs between the two stores (account {code}); the copy was taken back");
            }
        }
        return Result<int>.Ok(bookYears.Count);
    }
}
