namespace Ledger.Core;

/// <summary>The seed files of <c>seeds/</c>, embedded in the assembly so that vledger runs the same anywhere.</summary>
public static class Seeds
{
    /// <exception cref="InvalidOperationException">When the seed is not embedded: a build bug.</exception>
    public static string ReadText(string relativePath)
    {
        using var stream = Open(relativePath);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Stream Open(string relativePath) =>
        typeof(Seeds).Assembly.GetManifestResourceStream("seeds/" + relativePath)
        ?? throw new InvalidOperationException($"The seed {relativePath} is not embedded in Ledger.Core.");
}
