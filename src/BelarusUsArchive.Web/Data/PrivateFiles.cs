namespace BelarusUsArchive.Web.Data;

/// <summary>
/// The SQLite store and every backup hold the password hashes, the authenticator secrets in clear and the
/// data-protection keys (which forge any session): only the account that runs the archive may read them (0600).
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>A new file (or an existing one truncated) that only its owner can read or write.</summary>
    public static FileStream Create(string path)
    {
        var stream = new FileStream(path, OperatingSystem.IsWindows()
            ? new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write }
            : new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
        Restrict(path);
        return stream;
    }

    /// <summary>
    /// The SQLite database file, created empty if missing (SQLite makes its -wal and -shm files with the database
    /// file's mode), and any of its files that exist, made owner-only: an older store written 0644 is closed too.
    /// </summary>
    public static void RestrictDatabase(string databaseFile)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        try
        {
            using var created = new FileStream(databaseFile, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
        }
        catch (IOException) when (File.Exists(databaseFile))
        {
            // It was there already (or another node made it just now): restricted below.
        }
        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm", databaseFile + "-journal" }.Where(File.Exists))
        {
            Restrict(file);
        }
    }

    private static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }
    }
}
