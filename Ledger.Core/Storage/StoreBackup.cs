using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>SQLite's online backup: a consistent copy taken while others may be writing, and its way back.</summary>
internal static class StoreBackup
{
    public static void CopyTo(SqliteConnection source, string path)
    {
        using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        destination.Open();
        source.BackupDatabase(destination);
    }

    public static void CopyFrom(SqliteConnection target, string path)
    {
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        source.Open();
        source.BackupDatabase(target);
    }
}
