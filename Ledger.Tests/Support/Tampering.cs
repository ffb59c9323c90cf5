using System.Data.Common;
using Dapper;

namespace Ledger.Tests.Support;

/// <summary>
/// Someone editing a store past vledger, with its guarding triggers and foreign keys out of the way: on SQLite the
/// triggers are dropped and put back as they were; on PostgreSQL the session runs as a replica, which fires no trigger
/// and checks no foreign key, as a superuser may.
/// </summary>
public static class Tampering
{
    public static void Run(string store, string sql, bool restoreTriggers = true) =>
        Run(store, connection => connection.Execute(sql), restoreTriggers);

    public static void Run(string store, Action<DbConnection> tamper, bool restoreTriggers = true)
    {
        using var connection = StoreConnection.Open(store);
        if (connection.IsPostgres())
        {
            connection.Execute("SET session_replication_role = replica");
            tamper(connection);
            connection.Execute("SET session_replication_role = DEFAULT");
            if (!restoreTriggers)
            {
                foreach (var (name, table) in Triggers(connection))
                {
                    connection.Execute($"DROP TRIGGER \"{name}\" ON \"{table}\"");
                }
            }
            return;
        }
        var triggers = connection.Query<(string Name, string Sql)>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").ToList();
        foreach (var (name, _) in triggers)
        {
            connection.Execute($"DROP TRIGGER \"{name}\"");
        }
        connection.Execute("PRAGMA foreign_keys = OFF");
        tamper(connection);
        if (restoreTriggers)
        {
            foreach (var (_, create) in triggers)
            {
                connection.Execute(create);
            }
        }
    }

    /// <summary>Drops one guarding trigger, as someone clearing the way for a later edit would.</summary>
    public static void DropTrigger(string store, string name)
    {
        using var connection = StoreConnection.Open(store);
        var table = connection.IsPostgres()
            ? Triggers(connection).Single(t => t.Name == name).Table
            : null;
        connection.Execute(table is null ? $"DROP TRIGGER \"{name}\"" : $"DROP TRIGGER \"{name}\" ON \"{table}\"");
    }

    private static List<(string Name, string Table)> Triggers(DbConnection connection) =>
        connection.Query<(string, string)>("SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal").ToList();
}
