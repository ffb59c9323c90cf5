using Ledger.Tests.Support;

namespace Ledger.Tests.Integrity;

/// <summary>
/// Someone edits the store by hand, past vledger, dropping the guarding triggers and putting them back; verify
/// names the first broken voucher every time, with exit code 1.
/// </summary>
public sealed class TamperTests : TownshipCopies
{
    protected override void Prepare()
    {
        for (var day = 5; day <= 8; day++)
        {
            Township.Ok("voucher", "add", "--book", "V001/collective", "--date", $"2024-03-0{day}", "--summary", $"租金{day}", "--line", $"10201:{day}00.00:", "--line", $"501::{day}00.00", "--user", "wang");
        }
        Township.Ok("approvals", "run", "--period", "2024-03", "--approve", "--user", "li");
        Township.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao");
        Assert.That(Township.Run("verify").ExitCode, Is.Zero, "the untouched store verifies");
    }

    /// <summary>Runs SQL on the store with the triggers out of the way, then puts them back as they were.</summary>
    private void Tamper(string sql, bool restoreTriggers = true) => Tampering.Run(Cli.StoreAddress, sql, restoreTriggers);

    private string VerifyFails()
    {
        var result = Cli.Run("verify");
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output);
        return result.Error;
    }

    [TestCase("UPDATE voucher_line SET debit_fen = 55000 WHERE voucher_id = 2 AND debit_fen > 0; UPDATE voucher_line SET credit_fen = 55000 WHERE voucher_id = 2 AND credit_fen > 0", "voucher 2")]
    [TestCase("UPDATE voucher_content SET date = '2024-03-01' WHERE id = 3", "voucher 3")]
    [TestCase("UPDATE voucher_line SET account_id = (SELECT id FROM account WHERE code = '101' AND book_id = (SELECT book_id FROM voucher WHERE id = 2)) WHERE voucher_id = 2 AND line_no = 1", "voucher 2")]
    [TestCase("DELETE FROM voucher_line WHERE voucher_id = 2; DELETE FROM voucher_event WHERE voucher_id = 2; DELETE FROM voucher_posting WHERE voucher_id = 2; DELETE FROM voucher_clearance WHERE voucher_id = 2; DELETE FROM voucher_content WHERE id = 2", "voucher 3")]
    [TestCase("UPDATE voucher_posting SET number = 9 WHERE voucher_id = 2; UPDATE voucher_posting SET number = 2 WHERE voucher_id = 3; UPDATE voucher_posting SET number = 3 WHERE voucher_id = 2", "voucher 2")]
    [TestCase("UPDATE voucher_line SET debit_fen = debit_fen + 1 WHERE voucher_id = 4 AND debit_fen > 0", "voucher 4")]
    public void Verify_names_the_first_broken_voucher(string sql, string named)
    {
        Tamper(sql);

        Assert.That(VerifyFails(), Does.Contain(named));
    }

    [Test]
    public void Verify_finds_a_voucher_inserted_around_vledger()
    {
        Tamper("""
            INSERT INTO voucher_content (id, book_id, date, month, summary, kind, state, total_fen, prepared_by, prepared_utc)
            SELECT 99, book_id, '2024-03-20', 202403, '凭空插入', 'normal', 'submitted', 100, prepared_by, prepared_utc FROM voucher WHERE id = 1;
            INSERT INTO voucher_clearance (voucher_id, cleared_utc) SELECT 99, posted_utc FROM voucher WHERE id = 1;
            INSERT INTO voucher_posting (voucher_id, book_id, month, number, word_number, posted_by, role, posted_utc)
            SELECT 99, book_id, 202403, 5, 5, 3, 'township-accountant', posted_utc FROM voucher WHERE id = 1;
            INSERT INTO voucher_line (voucher_id, line_no, account_id, debit_fen, credit_fen) SELECT 99, line_no, account_id, sign(debit_fen), sign(credit_fen) FROM voucher_line WHERE voucher_id = 1;
            """);

        Assert.That(VerifyFails(), Does.Contain("voucher 99"));
    }

    [Test]
    public void Verify_finds_a_dropped_trigger()
    {
        Tamper("SELECT 1", restoreTriggers: false);

        Assert.That(VerifyFails(), Does.Contain("triggers were dropped"));
    }
}
