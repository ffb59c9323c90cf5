using System.Globalization;
using Npgsql;

namespace Ledger.Core.Storage;

/// <summary>
/// Where a township's store is, as <c>--db</c> or <c>VLEDGER_DB</c> names it: a SQLite file, or a PostgreSQL database
/// named by <c>postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE</c>. A password in the address is kept for the
/// connection only: <see cref="ToString"/> and every message show the address without it.
/// </summary>
public sealed class StoreAddress
{
    private const int PostgresPortDefault = 5432;

    private readonly string? _password;

    private StoreAddress(string? filePath, string? user, string? password, string? host, int port, string? database)
    {
        FilePath = filePath;
        User = user;
        _password = password;
        Host = host;
        Port = port;
        Database = database;
    }

    /// <summary>The SQLite file, or null for a PostgreSQL database.</summary>
    public string? FilePath { get; }

    public bool IsPostgres => FilePath is null;

    public string? User { get; }

    public string? Host { get; }

    public int Port { get; }

    public string? Database { get; }

    /// <summary>A SQLite file at <paramref name="path"/>, which the caller has already resolved.</summary>
    public static StoreAddress File(string path) => new(path, null, null, null, 0, null);

    /// <summary>Whether <paramref name="text"/> names a PostgreSQL server rather than a file.</summary>
    public static bool IsPostgresUrl(string text) =>
        text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="text"/> is meant as an address rather than a file, rightly written or not
    /// (<c>pg://…</c>, <c>postgres:/…</c>): such a text is never taken as a file name, nor shown back, since it may
    /// hold a password.
    /// </summary>
    public static bool LooksLikeAddress(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql:", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a <c>postgres://</c> address; the reason it cannot be read otherwise, naming the part at fault and
    /// never the password.
    /// </summary>
    public static Result<StoreAddress> ParsePostgres(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || !IsPostgresUrl(text))
        {
            return Invalid("地址应为 postgres://用户[:密码]@主机[:端口]/数据库", "the address should be postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE");
        }
        var userInfo = uri.UserInfo;
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        var user = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
        var password = colon < 0 ? null : Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (user.Length == 0)
        {
            return Invalid("地址中缺少用户名（postgres://用户@主机/数据库）", "the address names no user (postgres://USER@HOST/DATABASE)");
        }
        if (uri.Host.Length == 0)
        {
            return Invalid("地址中缺少主机", "the address names no host");
        }
        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            return Invalid("地址中应有且只有一个数据库名（…/数据库）", "the address should end in one database name (…/DATABASE)");
        }
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return Invalid("地址不接受 ? 或 # 之后的参数", "the address takes no parameters after ? or #");
        }
        var port = uri.IsDefaultPort || uri.Port < 0 ? PostgresPortDefault : uri.Port;
        return Result<StoreAddress>.Ok(new StoreAddress(null, user, password, uri.Host, port, database));
    }

    /// <summary>
    /// The connection string for Npgsql. Without a password in the address, Npgsql takes PGPASSWORD or the user's
    /// ~/.pgpass, as psql does.
    /// </summary>
    internal string ConnectionString()
    {
        Invariant.That(IsPostgres, "A SQLite file has no connection string of PostgreSQL's.");
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = Host,
            Port = Port,
            Database = Database,
            Username = User,
            ApplicationName = "vledger",
            // The hot statements run thousands of times in one command; the server keeps their plans.
            MaxAutoPrepare = 64,
            AutoPrepareMinUsages = 2,
            // A failed statement's parameters may be villagers' names and amounts: they stay out of error messages.
            IncludeErrorDetail = false,
        };
        if (_password is not null)
        {
            builder.Password = _password;
        }
        return builder.ConnectionString;
    }

    /// <summary>The address as a person may see it: the file, or the server without its password.</summary>
    public override string ToString() => FilePath ?? string.Create(CultureInfo.InvariantCulture,
        $"postgres://{Uri.EscapeDataString(User!)}@{Host}{(Port == PostgresPortDefault ? "" : ":" + Port)}/{Uri.EscapeDataString(Database!)}");

    private static Result<StoreAddress> Invalid(string zh, string en) => Result<StoreAddress>.Refused(Refusal.Of("store.address", zh, en));
}
