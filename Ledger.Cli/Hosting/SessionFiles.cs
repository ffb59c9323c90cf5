using System.Text;

namespace Ledger.Cli.Hosting;

/// <summary>
/// The token files of login sessions: one per store and user, under the OS account's config folder
/// (<c>$XDG_CONFIG_HOME/vledger/sessions</c>, else <c>~/.config/vledger/sessions</c>), the folder readable by its
/// owner only (0700) and each file too (0600), like ssh keeps its keys. The store keeps only each token's hash.
/// </summary>
internal sealed class SessionFiles(CliContext context)
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public string Root
    {
        get
        {
            var config = context.Variable("XDG_CONFIG_HOME")
                ?? Path.Combine(context.Variable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
            return Path.Combine(config, "vledger", "sessions");
        }
    }

    public string PathOf(string storeId, string userName) => Path.Combine(Root, Checked(storeId), FileName(userName));

    /// <summary>
    /// A store's id names a folder here, so only the form vledger writes (32 lowercase hex digits) is taken: a store
    /// file crafted with another id must not lead a login or logout outside the sessions folder.
    /// </summary>
    private static string Checked(string storeId) =>
        storeId.Length == 32 && storeId.All(char.IsAsciiHexDigitLower) ? storeId
        : throw new UsageException(new Ledger.Core.Text("账库的标识不是 vledger 写入的形式：此文件被改动过，不能用于登录", "the store's id is not one vledger writes: the file was altered, and takes no login"));

    public void Write(string storeId, string userName, string token)
    {
        var folder = Path.Combine(Root, Checked(storeId));
        var path = PathOf(storeId, userName);
        if (OperatingSystem.IsWindows())
        {
            // Windows keeps a profile's folders to their owner by their access lists already.
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, token);
            return;
        }
        foreach (var level in new[] { Path.GetDirectoryName(Root)!, Root, folder })
        {
            Directory.CreateDirectory(level, OwnerOnlyFolder);
            File.SetUnixFileMode(level, OwnerOnlyFolder);
        }
        // Created owner-only from the first byte, so that the token is never readable by others even for a moment.
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = OwnerOnlyFile };
        using (var file = new StreamWriter(path, new UTF8Encoding(false), options))
        {
            file.Write(token);
        }
        File.SetUnixFileMode(path, OwnerOnlyFile);
    }

    /// <summary>The token of the user's session with this store, or null when there is none, or its file is open to others.</summary>
    public string? Read(string storeId, string userName)
    {
        var path = PathOf(storeId, userName);
        if (!File.Exists(path) || (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnlyFile) != 0))
        {
            return null;
        }
        var token = File.ReadAllText(path).Trim();
        return token.Length == 0 ? null : token;
    }

    /// <summary>Removes the token files of this store (of one user, or all), returning the tokens they held.</summary>
    public IReadOnlyList<string> Remove(string storeId, string? userName)
    {
        var folder = Path.Combine(Root, Checked(storeId));
        if (!Directory.Exists(folder))
        {
            return [];
        }
        var files = userName is null ? Directory.GetFiles(folder) : [PathOf(storeId, userName)];
        var tokens = new List<string>();
        foreach (var file in files.Where(File.Exists))
        {
            tokens.Add(File.ReadAllText(file).Trim());
            File.Delete(file);
        }
        return tokens;
    }

    /// <summary>A user name as a file name: itself when it is plain, else its UTF-8 in hex, so that no name reaches outside the folder.</summary>
    private static string FileName(string userName) =>
        userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? userName : "x" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(userName));
}
