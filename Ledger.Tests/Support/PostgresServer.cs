using Npgsql;

namespace Ledger.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests may use, named by <c>VLEDGER_TEST_POSTGRES</c> (a <c>postgres://</c> address
/// of a role that may create databases). <c>.ci/run</c> starts a throwaway cluster and sets it; without it the tests
/// that need a server say so and are skipped. With <c>VLEDGER_TEST_STORE=postgres</c> as well, every test's township
/// lives on the server instead of in a SQLite file.
/// </summary>
public static class PostgresServer
{
    public static string? Url => Environment.GetEnvironmentVariable("VLEDGER_TEST_POSTGRES");

    /// <summary>Whether this run keeps every test's township on the server.</summary>
    public static bool IsTheStore => Environment.GetEnvironmentVariable("VLEDGER_TEST_STORE") == "postgres"
        && (Url ?? throw new InvalidOperationException("VLEDGER_TEST_STORE=postgres without VLEDGER_TEST_POSTGRES: no server to keep the townships on")) is not null;

    /// <summary>Skips the calling test when no server was given.</summary>
    public static string Require() => Url ?? IgnoreWithReason();

    /// <summary>A new empty database on the server; dropped when disposed.</summary>
    public static TestDatabase NewDatabase(string? template = null)
    {
        var server = Require();
        var name = "vledger_t_" + Guid.NewGuid().ToString("N")[..20];
        using (var source = NpgsqlDataSource.Create(ConnectionString(server)))
        {
            // Names cannot be parameters; both come from this class, never from input. C collation sorts text by
            // its bytes, as SQLite does.
            source.CreateCommand(template is null
                ? $"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
                : $"CREATE DATABASE {name} TEMPLATE {template}").ExecuteNonQuery();
        }
        return new TestDatabase(name, WithDatabase(server, name));
    }

    /// <summary>
    /// A new database that already holds an empty vledger store (the schema, no township): made from a template
    /// built once per run, since the schema's 43 tables and 53 triggers cost more than a copy of them.
    /// </summary>
    public static TestDatabase NewStoreDatabase()
    {
        lock (TemplateLock)
        {
            if (_template is null)
            {
                var template = NewDatabase();
                using (var store = Core.Storage.Postgres.PostgresStore.Create(Core.Storage.StoreAddress.ParsePostgres(template.Url).Value))
                {
                }
                _template = template;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => _template.Dispose();
            }
            return NewDatabase(_template.Name);
        }
    }

    private static readonly object TemplateLock = new();
    private static TestDatabase? _template;

    /// <summary>The server's address with another database in it.</summary>
    public static string WithDatabase(string server, string database)
    {
        var uri = new UriBuilder(server) { Path = "/" + database };
        return uri.Uri.ToString().TrimEnd('/');
    }

    internal static string ConnectionString(string url)
    {
        var uri = new Uri(url);
        var user = uri.UserInfo.Split(':', 2);
        return new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            Username = Uri.UnescapeDataString(user[0]),
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
            Pooling = false,
        }.ConnectionString;
    }

    private static string IgnoreWithReason()
    {
        // A run that was asked to keep its townships on the server and has none fails rather than pass on SQLite.
        if (Environment.GetEnvironmentVariable("VLEDGER_TEST_STORE") == "postgres")
        {
            Assert.Fail("VLEDGER_TEST_STORE=postgres without VLEDGER_TEST_POSTGRES: no server to keep the townships on");
        }
        Assert.Ignore("no PostgreSQL server: set VLEDGER_TEST_POSTGRES (.ci/run starts one; see the README)");
        return "";
    }

    /// <summary>A database made for one test, and dropped after it whatever still holds it open.</summary>
    public sealed class TestDatabase(string name, string url) : IDisposable
    {
        public string Name { get; } = name;

        /// <summary>Its <c>postgres://</c> address, with the password.</summary>
        public string Url { get; } = url;

        public string ConnectionString => PostgresServer.ConnectionString(Url);

        public void Dispose()
        {
            using var source = NpgsqlDataSource.Create(PostgresServer.ConnectionString(PostgresServer.Url!));
            source.CreateCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)").ExecuteNonQuery();
        }
    }
}
