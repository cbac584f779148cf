namespace BelarusUsArchive.Tests.Support;

/// <summary>
/// Tests that need Chromium or PostgreSQL skip themselves, with the reason, where the machine lacks them;
/// with ARCHIVE_REQUIRE_ALL=1 (set by .ci/run) a missing one fails the test instead.
/// </summary>
public static class Requires
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static bool RequireAll => Environment.GetEnvironmentVariable("ARCHIVE_REQUIRE_ALL") == "1";

    public static void Chromium()
    {
        if (!File.Exists(ChromiumPath))
        {
            Missing($"Chromium is not installed at {ChromiumPath} (apt-get install chromium)");
        }
    }

    /// <summary>The connection string of a PostgreSQL server the tests may create databases on.</summary>
    public static string Postgres()
    {
        var connection = Environment.GetEnvironmentVariable("ARCHIVE_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(connection))
        {
            Missing("ARCHIVE_TEST_POSTGRES is not set (.ci/run starts a throwaway cluster and sets it)");
        }
        return connection!;
    }

    private static void Missing(string reason)
    {
        if (RequireAll)
        {
            Assert.Fail(reason + ", and ARCHIVE_REQUIRE_ALL=1 requires it");
        }
        Assert.Skip(reason);
    }
}
