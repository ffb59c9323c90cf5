using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ledger.Core.Storage;

/// <summary>
/// A statement prepared once on the connection's own SQLite handle and bound by position. The hot paths of an
/// import run it hundreds of thousands of times in one database transaction, where Microsoft.Data.Sqlite's
/// per-execution work (a data reader, parameter lookup by name) costs more than SQLite's own.
/// </summary>
internal sealed class SqliteStatement : RawStatement
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Clears the previous execution, ready for new values.</summary>
    public override RawStatement Reset()
    {
        Check(raw.sqlite3_reset(_statement));
        return this;
    }

    /// <summary>Binds ?<paramref name="position"/> without boxing, for the hot paths.</summary>
    public override RawStatement Set(int position, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, position, value));
        return this;
    }

    /// <summary>Binds ?<paramref name="position"/> to text, or to NULL when <paramref name="value"/> is null.</summary>
    public override RawStatement Set(int position, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_statement, position) : raw.sqlite3_bind_text(_statement, position, value));
        return this;
    }

    /// <summary>Binds ?<paramref name="position"/> to a number, or to NULL.</summary>
    public override RawStatement Set(int position, long? value)
    {
        Check(value is { } number ? raw.sqlite3_bind_int64(_statement, position, number) : raw.sqlite3_bind_null(_statement, position));
        return this;
    }

    /// <summary>Binds values to ?1, ?2, … in order: long, int, string or null.</summary>
    public override RawStatement Bind(params ReadOnlySpan<object?> values)
    {
        Check(raw.sqlite3_reset(_statement));
        for (var i = 0; i < values.Length; i++)
        {
            var rc = values[i] switch
            {
                null => raw.sqlite3_bind_null(_statement, i + 1),
                long number => raw.sqlite3_bind_int64(_statement, i + 1, number),
                int number => raw.sqlite3_bind_int64(_statement, i + 1, number),
                string text => raw.sqlite3_bind_text(_statement, i + 1, text),
                var other => throw new ArgumentException($"Cannot bind a {other.GetType().Name}.", nameof(values)),
            };
            Check(rc);
        }
        return this;
    }

    /// <summary>Runs a statement that returns no row.</summary>
    public override void Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            Fail(rc);
        }
    }

    /// <summary>Runs a query and returns the first column of its first row as a long, or null for no row.</summary>
    public override long? ScalarInt64()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            return raw.sqlite3_column_type(_statement, 0) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(_statement, 0);
        }
        if (rc != raw.SQLITE_DONE)
        {
            Fail(rc);
        }
        return null;
    }

    /// <summary>Steps to the next row of a query; false once there are no more.</summary>
    public override bool Step()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }
        if (rc != raw.SQLITE_DONE)
        {
            Fail(rc);
        }
        return false;
    }

    /// <summary>The current row's <paramref name="column"/> (from 0) as a number; NULL reads as 0.</summary>
    public override long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public override long? Int64OrNull(int column) => IsNull(column) ? null : raw.sqlite3_column_int64(_statement, column);

    /// <summary>The current row's <paramref name="column"/> as text; NULL reads as the empty string.</summary>
    public override string Text(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string() ?? "";

    public override string? TextOrNull(int column) => IsNull(column) ? null : raw.sqlite3_column_text(_statement, column).utf8_to_string();

    public override void Dispose() => _statement.Dispose();

    private bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            Fail(rc);
        }
    }

    private void Fail(int rc)
    {
        // Reset so that the statement does not keep the failed step's state; then report as Microsoft.Data.Sqlite would.
        var message = raw.sqlite3_errmsg(_db).utf8_to_string();
        raw.sqlite3_reset(_statement);
        throw new SqliteException($"SQLite Error {rc}: '{message}'.", rc, raw.sqlite3_extended_errcode(_db));
    }
}
