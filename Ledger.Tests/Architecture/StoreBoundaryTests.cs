using Ledger.Core;
using Ledger.Core.Storage;
using NetArchTest.Rules;

namespace Ledger.Tests.Architecture;

/// <summary>
/// The store sits behind <see cref="ILedgerStore"/> and <see cref="UnitOfWork"/>: only <c>Ledger.Core.Storage</c> may
/// name SQLite, its raw handle, Npgsql, the PostgreSQL store or Dapper, so that the second store (PostgreSQL) is a
/// second implementation there and not a rewrite of the domain. These rules read the compiled assembly, method bodies included, in the way NodaTime's own
/// architecture tests reflect over theirs.
/// </summary>
public sealed class StoreBoundaryTests
{
    private static readonly System.Reflection.Assembly Core = typeof(LedgerSession).Assembly;

    private static Types OutsideStorage() => Types.InAssembly(Core);

    [TestCase("Microsoft.Data.Sqlite")]
    [TestCase("SQLitePCL")]
    [TestCase("Dapper")]
    [TestCase("Npgsql")]
    [TestCase("Ledger.Core.Storage.Postgres")]
    [TestCase("Ledger.Core.Storage.LedgerDatabase")]
    public void Nothing_outside_Storage_depends_on(string storeDetail)
    {
        var result = OutsideStorage()
            .That().DoNotResideInNamespace("Ledger.Core.Storage")
            .ShouldNot().HaveDependencyOn(storeDetail)
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty, $"these types name {storeDetail} outside Ledger.Core.Storage");
    }

    [Test]
    public void The_rule_sees_a_dependency_where_there_is_one()
    {
        // Without this, a rule that matched nothing (a renamed namespace, a wrong assembly) would pass for ever.
        var result = OutsideStorage()
            .That().ResideInNamespace("Ledger.Core.Storage")
            .ShouldNot().HaveDependencyOn("Microsoft.Data.Sqlite")
            .GetResult();

        Assert.That(result.FailingTypeNames, Does.Contain("Ledger.Core.Storage.LedgerDatabase"));
    }

    [Test]
    public void Sessions_hold_the_store_by_its_interface()
    {
        Assert.That(typeof(LedgerSession).GetProperty(nameof(LedgerSession.Store))!.PropertyType, Is.EqualTo(typeof(ILedgerStore)));
    }
}
