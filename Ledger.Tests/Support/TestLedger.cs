using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Setup;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;

namespace Ledger.Tests.Support;

/// <summary>
/// A real store (in memory, or with <see cref="PostgresServer.IsTheStore"/> a database of its own) with a township, two villages (V001, V002) and one user per role, so that a test can
/// act as anyone: admin zhang, clerk wang (V001), clerk chen (V002), reviewer li, reviewer sun, accountant zhao,
/// accountant qian, auditor zhou, village head he (V001), finance group tang (V001).
/// </summary>
public sealed class TestLedger : IDisposable
{
    public static readonly BookRef Collective = BookRef.Parse("V001/collective").Value;
    public static readonly BookRef Committee = BookRef.Parse("V001/committee").Value;
    public static readonly BookRef OtherCollective = BookRef.Parse("V002/collective").Value;

    /// <summary>The ledger's own database when the run keeps townships on PostgreSQL.</summary>
    private readonly PostgresServer.TestDatabase? _serverDatabase;

    private System.Data.Common.DbConnection? _sql;

    /// <param name="initialise">False to open a store a test already set up, as it stands.</param>
    public TestLedger(ILedgerStore? database = null, bool initialise = true)
    {
        if (database is null && PostgresServer.IsTheStore)
        {
            _serverDatabase = PostgresServer.NewStoreDatabase();
            database = StoreConnection.OpenLedger(_serverDatabase.Url);
        }
        Database = database ?? LedgerDatabase.CreateInMemory();
        if (!initialise)
        {
            return;
        }
        Ok(TownshipSetup.Init(Database, "330424101", "沈荡镇", "zhang", Clock));
        var admin = As("zhang");
        // Most tests are about something else than tiers and budgets: one reviewer approves anything. The approval
        // tests put the default policy back.
        Ok(admin.Approvals.ImportPolicy(LenientPolicy));
        Ok(admin.Villages.Add("V001", "东风村"));
        Ok(admin.Villages.Add("V002", "红旗村"));
        var v001 = VillageCode.Parse("V001").Value;
        var v002 = VillageCode.Parse("V002").Value;
        Ok(admin.Users.Add("wang", Role.Clerk, v001));
        Ok(admin.Users.Add("chen", Role.Clerk, v002));
        Ok(admin.Users.Add("li", Role.TownshipReviewer, null));
        Ok(admin.Users.Add("sun", Role.TownshipReviewer, null));
        Ok(admin.Users.Add("zhao", Role.TownshipAccountant, null));
        Ok(admin.Users.Add("qian", Role.TownshipAccountant, null));
        Ok(admin.Users.Add("zhou", Role.Auditor, null));
        Ok(admin.Users.Add("he", Role.VillageHead, v001));
        Ok(admin.Users.Add("tang", Role.FinanceGroup, v001));
        Ok(admin.Accounts.AddSubAccount(Collective, "10201", "银行存款-农商行"));
        Ok(admin.Accounts.AddSubAccount(Committee, "10201", "银行存款-农商行"));
        Ok(admin.Accounts.AddSubAccount(OtherCollective, "10201", "银行存款-农商行"));
    }

    public const string LenientPolicy = """
        {"tiers": [{"from": "0.00", "roles": ["township-reviewer"]}],
         "cash_payment_max": "100000000.00", "budget_required": false}
        """;

    public FixedClock Clock { get; } = FixedClock.At2024();

    public ILedgerStore Database { get; }

    /// <summary>
    /// A plain connection to the store, for the tests that look under the engine: the in-memory store's own, or one to
    /// the ledger's database.
    /// </summary>
    public System.Data.Common.DbConnection Sql => _sql ??= Database is LedgerDatabase file
        ? file.Connection
        : StoreConnection.Open(_serverDatabase!.Url);

    /// <summary>Runs <paramref name="sql"/> past vledger, with the guarding triggers out of the way and then back.</summary>
    public void Tamper(string sql)
    {
        if (_serverDatabase is not null)
        {
            Tampering.Run(_serverDatabase.Url, sql);
            return;
        }
        var triggers = Dapper.SqlMapper.Query<(string Name, string Create)>(Sql, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").ToList();
        foreach (var (name, _) in triggers)
        {
            Dapper.SqlMapper.Execute(Sql, $"DROP TRIGGER \"{name}\"");
        }
        Dapper.SqlMapper.Execute(Sql, sql);
        foreach (var (_, create) in triggers)
        {
            Dapper.SqlMapper.Execute(Sql, create);
        }
    }

    public LedgerSession As(string user) => Ok(LedgerSession.Open(Database, user, Clock));

    public LedgerSession Reader => Ok(LedgerSession.Open(Database, null, Clock));

    /// <summary>Submits as wang, approves as li and posts as zhao, in the voucher's month.</summary>
    public VoucherId Posted(VoucherDraft draft)
    {
        var id = Ok(As(draft.Book.Village.Value == "V001" ? "wang" : "chen").Vouchers.Add(draft));
        Ok(As("li").Vouchers.Approve(id));
        var report = Ok(As("zhao").Vouchers.Post(Core.Periods.Period.OfMonth(Core.Periods.Month.Of(draft.Date)), draft.Book));
        Assert.That(report.Unposted.Select(u => u.Reason.Message.En), Is.Empty, "every approved voucher of the month posts");
        Assert.That(TestLedger.Ok(Reader.Vouchers.Show(id)).Voucher.Status, Is.EqualTo(VoucherStatus.Posted), $"voucher {id} was approved and posted");
        return id;
    }

    public static VoucherDraft Draft(BookRef book, string date, string summary, params string[] lines) =>
        new(book, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), summary,
            lines.Select(l => LineText.Parse(l).Value).ToList());

    public static T Ok<T>(Result<T> result)
    {
        if (result.IsRefused)
        {
            Assert.Fail("Expected success but was refused: " + string.Join("; ", result.Refusals.Select(r => r.Message.En)));
        }
        return result.Value;
    }

    public void Dispose()
    {
        if (_serverDatabase is not null)
        {
            _sql?.Dispose();
            Database.Dispose();
            _serverDatabase.Dispose();
            return;
        }
        Database.Dispose();
    }
}
