namespace Ledger.Cli.Hosting;

/// <summary>Reads a file the user named; a missing or unreadable one is a usage error.</summary>
internal static class InputFile
{
    /// <summary>Files larger than this are refused before they are read into memory.</summary>
    public const long SizeBytesMax = 512L * 1024 * 1024;

    public static byte[] Read(CliContext context, string name)
    {
        var path = context.ResolvePath(name);
        if (Directory.Exists(path))
        {
            throw new UsageException($"{name} is a folder, not a file");
        }
        if (!File.Exists(path))
        {
            throw new UsageException($"{name}: no such file");
        }
        if (new FileInfo(path).Length > SizeBytesMax)
        {
            throw new UsageException($"{name} is larger than {SizeBytesMax / 1024 / 1024} MiB");
        }
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{name} cannot be read: {e.Message}");
        }
    }
}
