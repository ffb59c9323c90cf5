namespace Ledger.Cli.Hosting;

/// <summary>The files that make up one SQLite store: the database and its WAL companions.</summary>
internal static class StoreFiles
{
    public static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
