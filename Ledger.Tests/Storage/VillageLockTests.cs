using System.Collections.Concurrent;
using Dapper;
using Ledger.Core.Books;
using Ledger.Core.Storage;
using Ledger.Tests.Support;

namespace Ledger.Tests.Storage;

/// <summary>
/// The locks that let many offices write one township on PostgreSQL (issue 22): imports, approval runs and posting runs
/// hold the villages they touch, so that works of different villages run side by side and works of one village queue,
/// while every other write runs alone. Each test runs its works on threads with a store of their own, as offices'
/// processes would, and needs the server <see cref="PostgresServer"/> names.
/// </summary>
[Category("Postgres")]
public sealed class VillageLockTests
{
    private static readonly TimeSpan WaitMax = TimeSpan.FromSeconds(30);

    /// <summary>How long a work that should be waiting is given to show that it is not.</summary>
    private static readonly TimeSpan WaitingShownAfter = TimeSpan.FromMilliseconds(700);

    private static readonly VillageCode V001 = VillageCode.Parse("V001").Value;
    private static readonly VillageCode V002 = VillageCode.Parse("V002").Value;

    [SetUp]
    public void SetUp() => PostgresServer.Require();

    [Test]
    public void Works_of_different_villages_run_side_by_side_while_works_of_one_village_and_township_writes_wait()
    {
        using var database = PostgresServer.NewStoreDatabase();
        var address = StoreAddress.ParsePostgres(database.Url).Value;
        var order = new ConcurrentQueue<string>();
        using var firstHolds = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        using var sameVillageEntered = new ManualResetEventSlim();
        using var townshipEntered = new ManualResetEventSlim();

        Task Office(Action<ILedgerStore> work) => Task.Run(() =>
        {
            using var store = LedgerStores.Open(address);
            work(store);
        });
        var first = Office(store => store.WriteByVillage(tx =>
        {
            tx.HoldVillage(V001);
            firstHolds.Set();
            Assert.That(release.Wait(WaitMax), Is.True);
            order.Enqueue("first commits");
            return (0, true);
        }));
        Assert.That(firstHolds.Wait(WaitMax), Is.True);

        var otherVillage = Office(store => store.WriteByVillage(tx =>
        {
            tx.HoldVillage(V002);
            return (0, true);
        }));
        Assert.That(otherVillage.Wait(WaitMax), Is.True, "a work of another village ran while the first held V001");

        var sameVillage = Office(store => store.WriteByVillage(tx =>
        {
            tx.HoldVillage(V001);
            sameVillageEntered.Set();
            order.Enqueue("same village holds");
            return (0, true);
        }));
        var township = Office(store => store.Write(tx =>
        {
            townshipEntered.Set();
            order.Enqueue("township write runs");
            return 0;
        }));
        Thread.Sleep(WaitingShownAfter);
        Assert.That(sameVillageEntered.IsSet, Is.False, "a second work of V001 held it while the first did");
        Assert.That(townshipEntered.IsSet, Is.False, "a township write ran beside a village's work");

        release.Set();
        Assert.That(Task.WaitAll([first, sameVillage, township], WaitMax), Is.True);
        Assert.That(order.First(), Is.EqualTo("first commits"));
        Assert.That(order, Is.EquivalentTo(new[] { "first commits", "same village holds", "township write runs" }));
    }

    [Test]
    public void Two_works_that_take_two_villages_in_opposite_orders_deadlock_and_one_runs_again_unseen()
    {
        using var database = PostgresServer.NewStoreDatabase();
        var address = StoreAddress.ParsePostgres(database.Url).Value;
        using var bothHoldOne = new Barrier(2);
        var attempts = 0;

        Task<int> Office(VillageCode firstVillage, VillageCode secondVillage) => Task.Run(() =>
        {
            using var store = LedgerStores.Open(address);
            return store.WriteByVillage(tx =>
            {
                var attempt = Interlocked.Increment(ref attempts);
                tx.HoldVillage(firstVillage);
                if (attempt <= 2)
                {
                    Assert.That(bothHoldOne.SignalAndWait(WaitMax), Is.True);
                }
                tx.HoldVillage(secondVillage);
                return (attempt, true);
            });
        });
        var offices = new[] { Office(V001, V002), Office(V002, V001) };

        Assert.That(Task.WaitAll(offices, WaitMax), Is.True);
        Assert.That(attempts, Is.EqualTo(3), "the server broke the deadlock by aborting one work, which ran again");
        Assert.That(offices.Select(o => o.Result).Max(), Is.EqualTo(3), "the work aborted committed on its second try");
    }

    [Test]
    public void A_posting_run_that_waited_for_its_village_stamps_its_postings_with_when_it_got_the_village()
    {
        using var database = PostgresServer.NewStoreDatabase();
        using var ledger = new TestLedger(StoreConnection.OpenLedger(database.Url));
        var id = TestLedger.Ok(ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "收取租金", "10201:100.00:", "501::100.00")));
        TestLedger.Ok(ledger.As("li").Vouchers.Approve(id));
        var accountant = ledger.As("zhao");
        using var officeHolds = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var office = Task.Run(() =>
        {
            using var store = LedgerStores.Open(StoreAddress.ParsePostgres(database.Url).Value);
            store.WriteByVillage(tx =>
            {
                tx.HoldVillage(V001);
                officeHolds.Set();
                Assert.That(release.Wait(WaitMax), Is.True);
                return (0, true);
            });
        });
        Assert.That(officeHolds.Wait(WaitMax), Is.True);

        var posting = Task.Run(() => accountant.Vouchers.Post(Core.Periods.Period.Parse("2024-03").Value));
        Thread.Sleep(WaitingShownAfter);
        var villageFreedAt = ledger.Clock.Now = ledger.Clock.Now.AddHours(1);
        release.Set();

        Assert.That(Task.WaitAll([office, posting], WaitMax), Is.True);
        Assert.That(TestLedger.Ok(posting.Result).Posted, Has.Count.EqualTo(1));
        using var connection = StoreConnection.Open(database.Url);
        var postedUtc = connection.ExecuteScalar<string>("SELECT posted_utc FROM voucher_posting WHERE voucher_id = @id", new { id = id.Value });
        Assert.That(postedUtc, Is.EqualTo(Core.Storage.StoredTime.Format(villageFreedAt)), "stamped after the wait, not when the run began");
    }

    [Test]
    public void A_write_started_inside_another_write_is_a_bug_and_throws_instead_of_waiting_for_itself()
    {
        using var database = PostgresServer.NewStoreDatabase();
        using var store = LedgerStores.Open(StoreAddress.ParsePostgres(database.Url).Value);

        Assert.That(() => store.Write(_ => store.WriteByVillage(_ => (0, true))),
            Throws.InvalidOperationException.With.Message.Contains("inside another write"));
        Assert.That(store.Write(_ => 1), Is.EqualTo(1), "the store writes again once the first write ended");
    }
}
