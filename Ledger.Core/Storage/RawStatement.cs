using System.Data.Common;
using Microsoft.Data.Sqlite;
using Ledger.Core.Storage.Postgres;
using Npgsql;

namespace Ledger.Core.Storage;

/// <summary>
/// A statement prepared once and bound by position (<c>?1</c>, <c>?2</c>, …), for the hot paths that run one
/// statement hundreds of thousands of times in one database transaction. On SQLite it is the connection's own handle
/// (<see cref="SqliteStatement"/>); on PostgreSQL a prepared command (<see cref="PostgresStatement"/>). The SQL is
/// written once for both wherever the two dialects agree.
/// </summary>
internal abstract class RawStatement : IDisposable
{
    /// <summary>Prepares <paramref name="sql"/> on whichever store <paramref name="connection"/> belongs to.</summary>
    public static RawStatement Prepare(DbConnection connection, string sql) => connection switch
    {
        SqliteConnection sqlite => new SqliteStatement(sqlite, sql),
        NpgsqlConnection postgres => new PostgresStatement(postgres, sql),
        _ => throw new ArgumentException($"No statement for a {connection.GetType().Name}.", nameof(connection)),
    };

    /// <summary>
    /// Prepares <paramref name="sql"/>, binds <paramref name="values"/> to ?1, ?2, … and maps each row as it is
    /// stepped to: the hot reads (a month's lines to approve, post or seal) take hundreds of thousands of rows, where
    /// Dapper over Microsoft.Data.Sqlite spends several times SQLite's own cost on every column.
    /// </summary>
    public static IEnumerable<T> Query<T>(DbTransaction tx, string sql, object?[] values, Func<RawStatement, T> map)
    {
        using var statement = Prepare(tx.Connection!, sql);
        statement.Bind(values);
        while (statement.Step())
        {
            yield return map(statement);
        }
    }

    /// <summary>Clears the previous execution, ready for new values.</summary>
    public abstract RawStatement Reset();

    /// <summary>Binds ?<paramref name="position"/> without boxing, for the hot paths.</summary>
    public abstract RawStatement Set(int position, long value);

    /// <summary>Binds ?<paramref name="position"/> to text, or to NULL when <paramref name="value"/> is null.</summary>
    public abstract RawStatement Set(int position, string? value);

    /// <summary>Binds ?<paramref name="position"/> to a number, or to NULL.</summary>
    public abstract RawStatement Set(int position, long? value);

    /// <summary>Binds values to ?1, ?2, … in order: long, int, string or null.</summary>
    public abstract RawStatement Bind(params ReadOnlySpan<object?> values);

    /// <summary>Runs a statement that returns no row.</summary>
    public abstract void Execute();

    /// <summary>
    /// Sends what <see cref="Execute"/> gathered, for a statement that gathers rows to send at once (PostgreSQL's COPY);
    /// a statement that runs on each <see cref="Execute"/> has nothing pending.
    /// </summary>
    public virtual void SendPending()
    {
    }

    /// <summary>Runs a query and returns the first column of its first row as a long, or null for no row.</summary>
    public abstract long? ScalarInt64();

    /// <summary>Steps to the next row of a query; false once there are no more.</summary>
    public abstract bool Step();

    /// <summary>The current row's <paramref name="column"/> (from 0) as a number; NULL reads as 0.</summary>
    public abstract long Int64(int column);

    public abstract long? Int64OrNull(int column);

    /// <summary>The current row's <paramref name="column"/> as text; NULL reads as the empty string.</summary>
    public abstract string Text(int column);

    public abstract string? TextOrNull(int column);

    public abstract void Dispose();
}
