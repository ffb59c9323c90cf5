using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ledger.Tests.Support;

/// <summary>
/// A plain connection to a store as a test names it (<see cref="CliRunner.StoreAddress"/>): the SQLite file, or the
/// PostgreSQL database, for the tests that look under the engine or tamper with what it wrote.
/// </summary>
public static class StoreConnection
{
    public static DbConnection Open(string store)
    {
        DbConnection connection = store.StartsWith("postgres://", StringComparison.Ordinal)
            ? new NpgsqlConnection(PostgresServer.ConnectionString(store))
            : new SqliteConnection($"Data Source={store};Pooling=False");
        connection.Open();
        return connection;
    }

    public static bool IsPostgres(this DbConnection connection) => connection is NpgsqlConnection;

    /// <summary>Whether a store is there: the file, or a vledger store in the database.</summary>
    public static bool HoldsStore(string store) => Core.Storage.LedgerStores.Exists(AddressOf(store));

    private static Core.Storage.StoreAddress AddressOf(string store) =>
        store.StartsWith("postgres://", StringComparison.Ordinal) ? Core.Storage.StoreAddress.ParsePostgres(store).Value : Core.Storage.StoreAddress.File(store);

    /// <summary>The engine's own view of the store, for the tests that write with its writers past its desks.</summary>
    public static Core.Storage.ILedgerStore OpenLedger(string store) => Core.Storage.LedgerStores.Open(AddressOf(store));

    /// <summary>
    /// Everything the store holds, as the bytes an attacker with the disk would read: the SQLite file once its log is
    /// folded in, or on PostgreSQL every value of every row (text as UTF-8, binary as it is).
    /// </summary>
    public static byte[] AllBytes(string store)
    {
        using var connection = Open(store);
        if (!connection.IsPostgres())
        {
            Dapper.SqlMapper.Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
            connection.Close();
            return File.ReadAllBytes(store);
        }
        var bytes = new MemoryStream();
        var tables = Dapper.SqlMapper.Query<string>(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'").ToList();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                    var data = value switch
                    {
                        byte[] binary => binary,
                        string text => System.Text.Encoding.UTF8.GetBytes(text),
                        null => [],
                        var other => System.Text.Encoding.UTF8.GetBytes(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)!),
                    };
                    bytes.Write(data);
                    bytes.WriteByte(0);
                }
            }
        }
        return bytes.ToArray();
    }
}
