using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>
/// Brings a store's schema up to this release. Each migration is an embedded <c>NNNN_name.sql</c>; the file's
/// <c>PRAGMA user_version</c> records the last one applied, so an older file is upgraded in place.
/// </summary>
internal static class Migrator
{
    private const string ResourcePrefix = "migrations/";

    public static int LatestVersion => Migrations().Max(m => m.Version);

    /// <summary>The triggers the migrations create: a store missing one was tampered with.</summary>
    public static IReadOnlyList<string> ExpectedTriggers() =>
        Migrations().SelectMany(m => System.Text.RegularExpressions.Regex.Matches(m.Sql, @"CREATE TRIGGER (\w+)").Select(x => x.Groups[1].Value)).ToList();

    public static IReadOnlyList<string> PresentTriggers(DbTransaction tx) =>
        tx.Connection!.Query<string>("SELECT name FROM sqlite_master WHERE type = 'trigger'", transaction: tx).AsList();

    public static int CurrentVersion(SqliteConnection connection) =>
        connection.ExecuteScalar<int>("PRAGMA user_version");

    public static void Upgrade(SqliteConnection connection)
    {
        var current = CurrentVersion(connection);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The store has schema version {current}, newer than this vledger ({LatestVersion}); upgrade vledger.");
        }
        foreach (var (version, sql) in Migrations().Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            connection.Execute(sql, transaction: transaction);
            // PRAGMA takes no parameters; the version is an integer from our own resource names.
            connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version}"), transaction: transaction);
            transaction.Commit();
        }
    }

    private static IEnumerable<(int Version, string Sql)> Migrations()
    {
        var assembly = typeof(Migrator).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var version = int.Parse(name.AsSpan(ResourcePrefix.Length, 4), CultureInfo.InvariantCulture);
            yield return (version, ReadResource(assembly, name));
        }
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded migration {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
