using Dapper;
using Ledger.Core.Storage;
using Ledger.Tests.Support;

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

    private System.Data.Common.DbConnection Sql => _ledger.Sql;

    [TestCase("UPDATE voucher_content SET summary = 'changed' WHERE id = @id")]
    [TestCase("UPDATE voucher_content SET date = '2024-03-06' WHERE id = @id")]
    [TestCase("UPDATE voucher_content SET state = 'rejected' WHERE id = @id")]
    [TestCase("DELETE FROM voucher_content WHERE id = @id")]
    [TestCase("UPDATE voucher_posting SET number = 9 WHERE voucher_id = @id")]
    [TestCase("UPDATE voucher_posting SET posted_by = prepared_by FROM voucher_content c WHERE c.id = voucher_id AND voucher_id = @id")]
    [TestCase("DELETE FROM voucher_posting WHERE voucher_id = @id")]
    [TestCase("DELETE FROM voucher_clearance WHERE voucher_id = @id")]
    [TestCase("UPDATE voucher_line SET debit_fen = 1 WHERE voucher_id = @id AND debit_fen > 0")]
    [TestCase("UPDATE voucher_line SET account_id = account_id + 1 WHERE voucher_id = @id")]
    [TestCase("DELETE FROM voucher_line WHERE voucher_id = @id")]
    [TestCase("INSERT INTO voucher_line (voucher_id, line_no, account_id, debit_fen, credit_fen) SELECT @id, 9, account_id, 5, 0 FROM voucher_line WHERE voucher_id = @id LIMIT 1")]
    [TestCase("UPDATE voucher_event SET reason = 'x' WHERE voucher_id = @id")]
    [TestCase("DELETE FROM voucher_event WHERE voucher_id = @id")]
    public void A_posted_voucher_and_its_history_cannot_be_changed_even_in_SQL(string sql)
    {
        var error = Assert.Catch<System.Data.Common.DbException>(() => Sql.Execute(sql, new { id = _postedId }));

        // The store's own rule refuses it, not a statement that could not have run at all.
        Assert.That(error!.Message, Does.Not.Contain("is a view").And.Not.Contain("no such").And.Not.Contain("syntax"));
    }

    [Test]
    public void A_voucher_status_is_derived_from_its_posting_and_clearance()
    {
        var submitted = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "租金", "10201:100.00:", "501::100.00"))).Value;
        Assert.That(StatusOf(submitted), Is.EqualTo("submitted"));
        Assert.That(StatusOf(_postedId), Is.EqualTo("posted"));

        Sql.Execute("INSERT INTO voucher_clearance (voucher_id, cleared_utc) VALUES (@submitted, 'x')", new { submitted });

        Assert.That(StatusOf(submitted), Is.EqualTo("approved"));
        Assert.Catch<System.Data.Common.DbException>(() => Sql.Execute("UPDATE voucher SET status = 'posted' WHERE id = @submitted", new { submitted }));
    }

    [Test]
    public void An_unbalanced_voucher_cannot_be_posted_in_SQL()
    {
        var id = Cleared(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "租金", "10201:100.00:", "501::100.00"));
        Sql.Execute("UPDATE voucher_line SET credit_fen = 9000 WHERE voucher_id = @id AND credit_fen > 0", new { id });

        var error = Assert.Catch<System.Data.Common.DbException>(() => PostInSql(id, number: 2, poster: "zhao"));

        Assert.That(error!.Message, Does.Contain("do not balance"));
    }

    [Test]
    public void A_voucher_is_posted_in_SQL_only_when_cleared_and_not_by_its_preparer()
    {
        var uncleared = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "租金", "10201:100.00:", "501::100.00"))).Value;
        var cleared = Cleared(TestLedger.Draft(TestLedger.Collective, "2024-03-07", "租金", "10201:100.00:", "501::100.00"));

        Assert.That(Assert.Catch<System.Data.Common.DbException>(() => PostInSql(uncleared, number: 2, poster: "zhao"))!.Message, Does.Contain("only an approved voucher"));
        Assert.That(Assert.Catch<System.Data.Common.DbException>(() => PostInSql(cleared, number: 2, poster: "wang"))!.Message, Does.Contain("not by its preparer"));
        Assert.DoesNotThrow(() => PostInSql(cleared, number: 2, poster: "zhao"));
        Assert.That(StatusOf(cleared), Is.EqualTo("posted"));
    }

    [TestCase(1)]
    [TestCase(3)]
    public void Official_numbers_run_without_a_gap_or_a_repeat_per_book_and_month(int number)
    {
        var id = Cleared(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "租金", "10201:100.00:", "501::100.00"));

        var error = Assert.Catch<System.Data.Common.DbException>(() => PostInSql(id, number, poster: "zhao"));

        Assert.That(error!.Message, Does.Contain("not the next of its book and month"));
    }

    private long Cleared(Ledger.Core.Vouchers.VoucherDraft draft)
    {
        var id = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(draft)).Value;
        Sql.Execute("INSERT INTO voucher_clearance (voucher_id, cleared_utc) VALUES (@id, 'x')", new { id });
        return id;
    }

    private void PostInSql(long id, int number, string poster) => Sql.Execute(
        """
        INSERT INTO voucher_posting (voucher_id, book_id, month, number, word_number, posted_by, role, posted_utc)
        SELECT v.id, v.book_id, v.month, @number, @number, u.id, u.role, 'x' FROM voucher_content v, app_user u WHERE v.id = @id AND u.name = @poster
        """, new { id, number, poster });

    private string StatusOf(long id) => Sql.ExecuteScalar<string>("SELECT status FROM voucher WHERE id = @id", new { id })!;

    [Test]
    public void A_line_with_both_sides_or_none_is_refused_by_the_store()
    {
        var id = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "租金", "10201:100.00:", "501::100.00"))).Value;

        Assert.Catch<System.Data.Common.DbException>(() => Sql.Execute("UPDATE voucher_line SET credit_fen = 5 WHERE voucher_id = @id AND debit_fen > 0", new { id }));
        Assert.Catch<System.Data.Common.DbException>(() => Sql.Execute("UPDATE voucher_line SET debit_fen = 0 WHERE voucher_id = @id AND debit_fen > 0", new { id }));
    }

    [Test]
    public void A_line_cannot_name_an_account_of_another_book()
    {
        var otherBookAccount = Sql.ExecuteScalar<long>(
            "SELECT a.id FROM account a JOIN book b ON b.id = a.book_id JOIN village v ON v.id = b.village_id WHERE v.code = 'V002' AND a.code = '501' AND b.kind = 'collective'");
        var id = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "租金", "10201:100.00:", "501::100.00"))).Value;

        Assert.Catch<System.Data.Common.DbException>(() => Sql.Execute(
            "INSERT INTO voucher_line (voucher_id, line_no, account_id, debit_fen, credit_fen) VALUES (@id, 3, @account, 0, 1)", new { id, account = otherBookAccount }));
    }

    [Test]
    public void A_village_has_exactly_two_books()
    {
        var villageId = Sql.ExecuteScalar<long>("SELECT id FROM village WHERE code = 'V001'");

        Assert.That(Sql.ExecuteScalar<long>("SELECT count(*) FROM book WHERE village_id = @villageId", new { villageId }), Is.EqualTo(2));
        Assert.Catch<System.Data.Common.DbException>(() => Sql.Execute("INSERT INTO book (village_id, kind) VALUES (@villageId, 'collective')", new { villageId }));
        Assert.Catch<System.Data.Common.DbException>(() => Sql.Execute("INSERT INTO book (village_id, kind) VALUES (@villageId, 'group')", new { villageId }));
    }
}
