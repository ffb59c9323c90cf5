namespace Ledger.Cli.Hosting;

/// <summary>Opens a file the user named; a missing or unreadable one is a usage error.</summary>
internal static class InputFile
{
    /// <summary>Small files are read whole; anything larger than this is refused before it is read into memory.</summary>
    public const long SizeBytesMax = 64L * 1024 * 1024;

    public static byte[] Read(CliContext context, string name)
    {
        using var stream = Open(context, name);
        if (stream.Length > SizeBytesMax)
        {
            throw new UsageException($"{name} is larger than {SizeBytesMax / 1024 / 1024} MiB");
        }
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Opens the file for streaming: imports read it in blocks and never hold it whole.</summary>
    public static FileStream Open(CliContext context, string name)
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
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{name} cannot be read: {e.Message}");
        }
    }
}
