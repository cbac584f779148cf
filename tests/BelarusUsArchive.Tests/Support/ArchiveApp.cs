using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Import;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BelarusUsArchive.Tests.Support;

/// <summary>
/// The real application over real HTTP, on its own store (a SQLite file, or a PostgreSQL database in
/// the Postgres test project) and its own copy of a seeds folder, so each test arranges its own data
/// and can restart the app on the same database.
/// </summary>
public sealed class ArchiveApp : WebApplicationFactory<Program>
{
    public ArchiveApp(TestFolder folder, bool importOnStartup = true)
    {
        Folder = folder;
        ImportOnStartup = importOnStartup;
    }

    public TestFolder Folder { get; }
    public bool ImportOnStartup { get; }

    /// <summary>
    /// Settings over the defaults, applied when the app first starts. Rate limits are lifted so that no test
    /// trips them by accident (the rate limit tests set their own); logs go to the test's folder.
    /// </summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal)
    {
        ["Archive:RateLimit:SearchPerMinute"] = "1000000",
        ["Archive:RateLimit:SignInPerMinute"] = "1000000",
    };

    /// <summary>Services a test adds or replaces (a log sink that captures what the app writes).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public string Logs => System.IO.Path.Combine(Folder.Path, "logs");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Archive:DatabaseProvider", TestStore.Provider);
        builder.UseSetting("ConnectionStrings:Archive", Folder.ConnectionString);
        builder.UseSetting("Archive:SeedsPath", Folder.Seeds);
        builder.UseSetting("Archive:ImportOnStartup", ImportOnStartup ? "true" : "false");
        builder.UseSetting("Archive:LogPath", Logs);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        if (TestServices is { } services)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>Starts the app and waits until the start-up import has finished.</summary>
    public async Task<HttpClient> StartAsync()
    {
        var client = CreateClient();
        var status = Services.GetRequiredService<ImportStatus>();
        for (var i = 0; i < 600 && !status.Finished; i++)
        {
            await Task.Delay(50);
        }
        Assert.True(status.Finished, "the start-up import did not finish within 30 s");
        return client;
    }

    public T InScope<T>(Func<ArchiveDb, T> read)
    {
        using var scope = Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<ArchiveDb>());
    }

    public async Task<ImportRunResult> ImportAsync(params string[] paths)
    {
        await using var scope = Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<Importer>().RunAsync(paths, "test", null, CancellationToken.None);
        return new ImportRunResult(run.New, run.Updated, run.Unchanged, run.Failed, run.Failures.ToDictionary(f => f.File, f => f.Reason), run.Reextracted);
    }
}

public sealed record ImportRunResult(int New, int Updated, int Unchanged, int Failed, IReadOnlyDictionary<string, string> Failures, int Reextracted = 0);

/// <summary>
/// A temporary folder holding a seeds folder and the store (a database file there, or a database on the
/// PostgreSQL test server), all deleted afterwards.
/// </summary>
public sealed class TestFolder : IDisposable
{
    public TestFolder(bool withSeeds = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "archive-test-" + Guid.NewGuid().ToString("N"));
        ConnectionString = TestStore.IsPostgres
            ? TestStore.NewPostgresDatabase(Requires.Postgres())
            : $"Data Source={Database}";
        Directory.CreateDirectory(Seeds);
        if (withSeeds)
        {
            foreach (var file in Directory.GetFiles(Repo.Seeds))
            {
                File.Copy(file, System.IO.Path.Combine(Seeds, System.IO.Path.GetFileName(file)));
            }
        }
    }

    public string Path { get; }
    public string Seeds => System.IO.Path.Combine(Path, "seeds");
    public string Database => System.IO.Path.Combine(Path, "archive.db");

    /// <summary>The store's connection string for the provider the tests run on.</summary>
    public string ConnectionString { get; }

    public string Write(string name, string text) => WriteBytes(name, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Seeds, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (TestStore.IsPostgres)
        {
            TestStore.DropPostgresDatabase(ConnectionString);
        }
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing server; the OS cleans the temp folder.
        }
    }
}
