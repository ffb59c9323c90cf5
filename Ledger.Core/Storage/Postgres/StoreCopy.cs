using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Ledger.Core.Storage.Postgres;

/// <summary>
/// Copies a SQLite store, row for row, into a PostgreSQL store just made with the same schema version: every table
/// through binary COPY, in one database transaction on each side, so that the copy is one consistent snapshot of the
/// file and the database holds all of it or nothing.
/// </summary>
/// <remarks>
/// The rows are history as it was written, checked by the rules of their day; the guarding triggers, which test a row
/// against what is already there, are off while the rows go in, and the foreign keys are checked at commit, since
/// village and app_user refer to each other. What the copy holds is then proven by verify and by comparing every
/// book's trial balance on both sides, which is the migration's business, not the copy's.
/// </remarks>
internal static class StoreCopy
{
    public sealed record TableCount(string Table, long Rows);

    /// <summary>Copies every table of the store <paramref name="source"/> reads into the empty store at <paramref name="target"/>.</summary>
    public static IReadOnlyList<TableCount> Copy(DbTransaction source, PostgresStore target)
    {
        Invariant.That(source is SqliteTransaction, "A copy is made from a SQLite store.");
        using var connection = target.OpenConnection();
        using var transaction = connection.BeginTransaction();
        connection.Execute("SET CONSTRAINTS ALL DEFERRED", transaction: transaction);
        var tables = Tables(connection, transaction).ToList();
        // Identifiers cannot be parameters; every name here is read from the new store's own catalog. A table's
        // triggers are turned off before any row goes in and on again only after the deferred foreign keys were
        // checked, since PostgreSQL alters no table with checks still pending.
        foreach (var table in tables)
        {
            connection.Execute($"ALTER TABLE \"{table.Key}\" DISABLE TRIGGER USER", transaction: transaction);
        }
        var counts = tables.Select(table => new TableCount(table.Key, CopyTable(source, connection, table.Key, table.ToList()))).ToList();
        connection.Execute("SET CONSTRAINTS ALL IMMEDIATE", transaction: transaction);
        foreach (var table in tables)
        {
            connection.Execute($"ALTER TABLE \"{table.Key}\" ENABLE TRIGGER USER", transaction: transaction);
        }
        foreach (var (table, column) in connection.Query<(string, string)>(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'", transaction: transaction))
        {
            // The next id a writer takes follows the highest copied, as it would have in the file.
            connection.Execute($"SELECT setval(pg_get_serial_sequence(@table, @column), coalesce((SELECT max(\"{column}\") FROM \"{table}\"), 0) + 1, false)",
                new { table, column }, transaction);
        }
        transaction.Commit();
        return counts;
    }

    private sealed record Column(string Name, string Type);

    /// <summary>The new store's tables and their columns in order, all but the schema's version, which the store keeps itself.</summary>
    private static IEnumerable<IGrouping<string, Column>> Tables(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        connection.Query<(string Table, string Name, string Type)>(
            """
            SELECT c.table_name, c.column_name, c.data_type
            FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> 'vledger_schema'
            ORDER BY c.table_name, c.ordinal_position
            """, transaction: transaction)
        .GroupBy(c => c.Table, c => new Column(c.Name, c.Type));

    private static long CopyTable(DbTransaction source, NpgsqlConnection target, string table, IReadOnlyList<Column> columns)
    {
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        using var read = source.Connection!.CreateCommand();
        read.Transaction = source;
        read.CommandText = $"SELECT {names} FROM \"{table}\"";
        using var rows = read.ExecuteReader();
        using var writer = target.BeginBinaryImport($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)");
        long count = 0;
        while (rows.Read())
        {
            writer.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                if (rows.IsDBNull(i))
                {
                    writer.WriteNull();
                    continue;
                }
                switch (columns[i].Type)
                {
                    case "bigint":
                        writer.Write(rows.GetInt64(i), NpgsqlDbType.Bigint);
                        break;
                    case "text":
                        writer.Write(rows.GetString(i), NpgsqlDbType.Text);
                        break;
                    case "bytea":
                        writer.Write((byte[])rows.GetValue(i), NpgsqlDbType.Bytea);
                        break;
                    default:
                        throw new InvalidOperationException($"The column {table}.{columns[i].Name} is of type {columns[i].Type}, which the copy does not know.");
                }
            }
            count++;
        }
        writer.Complete();
        return count;
    }
}
