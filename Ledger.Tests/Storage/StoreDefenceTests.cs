using Dapper;
using Ledger.Core.Storage;
using Ledger.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Ledger.Tests.Storage;

/// <summary>The store's own second line of defence, tried by writing SQL past the engine.</summary>
public sealed class StoreDefenceTests
{
    private TestLedger _ledger = null!;
    private long _postedId;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        _postedId = _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:100.00:", "501::100.00")).Value;
    }

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private SqliteConnection Sql => _ledger.Database.Connection;

    [TestCase("UPDATE voucher SET summary = 'changed' WHERE id = @id")]
    [TestCase("UPDATE voucher SET date = '2024-03-06' WHERE id = @id")]
    [TestCase("UPDATE voucher SET number = 9 WHERE id = @id")]
    [TestCase("UPDATE voucher SET status = 'approved' WHERE id = @id")]
    [TestCase("DELETE FROM voucher WHERE id = @id")]
    [TestCase("UPDATE voucher_line SET debit_fen = 1 WHERE voucher_id = @id AND debit_fen > 0")]
    [TestCase("UPDATE voucher_line SET account_id = account_id + 1 WHERE voucher_id = @id")]
    [TestCase("DELETE FROM voucher_line WHERE voucher_id = @id")]
    [TestCase("INSERT INTO voucher_line (voucher_id, line_no, account_id, debit_fen, credit_fen) SELECT @id, 9, account_id, 5, 0 FROM voucher_line WHERE voucher_id = @id LIMIT 1")]
    [TestCase("UPDATE voucher_event SET reason = 'x' WHERE voucher_id = @id")]
    [TestCase("DELETE FROM voucher_event WHERE voucher_id = @id")]
    public void A_posted_voucher_and_its_history_cannot_be_changed_even_in_SQL(string sql)
    {
        Assert.Throws<SqliteException>(() => Sql.Execute(sql, new { id = _postedId }));
    }

    [Test]
    public void An_unbalanced_voucher_cannot_be_marked_posted_in_SQL()
    {
        var id = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "租金", "10201:100.00:", "501::100.00"))).Value;
        Sql.Execute("UPDATE voucher_line SET credit_fen = 9000 WHERE voucher_id = @id AND credit_fen > 0", new { id });
        var poster = Sql.ExecuteScalar<long>("SELECT id FROM app_user WHERE name = 'zhao'");

        var error = Assert.Throws<SqliteException>(() => Sql.Execute(
            "UPDATE voucher SET status = 'posted', number = 2, posted_by = @poster, posted_utc = 'x' WHERE id = @id", new { id, poster }));

        Assert.That(error!.Message, Does.Contain("do not balance"));
    }

    [Test]
    public void A_line_with_both_sides_or_none_is_refused_by_the_store()
    {
        var id = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "租金", "10201:100.00:", "501::100.00"))).Value;

        Assert.Throws<SqliteException>(() => Sql.Execute("UPDATE voucher_line SET credit_fen = 5 WHERE voucher_id = @id AND debit_fen > 0", new { id }));
        Assert.Throws<SqliteException>(() => Sql.Execute("UPDATE voucher_line SET debit_fen = 0 WHERE voucher_id = @id AND debit_fen > 0", new { id }));
    }

    [Test]
    public void A_line_cannot_name_an_account_of_another_book()
    {
        var otherBookAccount = Sql.ExecuteScalar<long>(
            "SELECT a.id FROM account a JOIN book b ON b.id = a.book_id JOIN village v ON v.id = b.village_id WHERE v.code = 'V002' AND a.code = '501' AND b.kind = 'collective'");
        var id = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "租金", "10201:100.00:", "501::100.00"))).Value;

        Assert.Throws<SqliteException>(() => Sql.Execute(
            "INSERT INTO voucher_line (voucher_id, line_no, account_id, debit_fen, credit_fen) VALUES (@id, 3, @account, 0, 1)", new { id, account = otherBookAccount }));
    }

    [Test]
    public void A_village_has_exactly_two_books()
    {
        var villageId = Sql.ExecuteScalar<long>("SELECT id FROM village WHERE code = 'V001'");

        Assert.That(Sql.ExecuteScalar<long>("SELECT count(*) FROM book WHERE village_id = @villageId", new { villageId }), Is.EqualTo(2));
        Assert.Throws<SqliteException>(() => Sql.Execute("INSERT INTO book (village_id, kind) VALUES (@villageId, 'collective')", new { villageId }));
        Assert.Throws<SqliteException>(() => Sql.Execute("INSERT INTO book (village_id, kind) VALUES (@villageId, 'group')", new { villageId }));
    }

    [Test]
    public void Official_numbers_are_unique_per_book_and_month()
    {
        var id = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "租金", "10201:100.00:", "501::100.00"))).Value;
        var poster = Sql.ExecuteScalar<long>("SELECT id FROM app_user WHERE name = 'zhao'");

        var error = Assert.Throws<SqliteException>(() => Sql.Execute(
            "UPDATE voucher SET status = 'posted', number = 1, posted_by = @poster, posted_utc = 'x' WHERE id = @id", new { id, poster }));

        Assert.That(error!.Message, Does.Contain("UNIQUE"));
    }
}
