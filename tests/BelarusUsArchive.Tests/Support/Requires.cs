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

    /// <summary>
    /// The npm packages of tools/ (axe-core, vnu-jar) that the quality tests run, installed by
    /// <c>npm ci --prefix tests/BelarusUsArchive.Tests/tools</c>.
    /// </summary>
    public static NodeTools NodeTools()
    {
        var tools = Support.NodeTools.InRepository;
        if (!File.Exists(tools.AxeScript) || !File.Exists(tools.VnuJar))
        {
            Missing($"axe-core or vnu-jar is not installed under {tools.Modules} (npm ci --prefix tests/BelarusUsArchive.Tests/tools --ignore-scripts)");
        }
        return tools;
    }

    /// <summary>The java launcher on PATH, which the Nu HTML Checker (vnu.jar) runs on.</summary>
    public static string Java()
    {
        var java = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "java"))
            .FirstOrDefault(File.Exists);
        if (java is null)
        {
            Missing("java is not on PATH (the Nu HTML Checker needs Java 11 or later)");
        }
        return java!;
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

    /// <summary>The store the tests run on: nothing to check for SQLite; the PostgreSQL test server otherwise.</summary>
    public static void Store()
    {
        if (TestStore.IsPostgres)
        {
            Postgres();
        }
    }

    public static void Missing(string reason)
    {
        if (RequireAll)
        {
            Assert.Fail(reason + ", and ARCHIVE_REQUIRE_ALL=1 requires it");
        }
        Assert.Skip(reason);
    }
}
