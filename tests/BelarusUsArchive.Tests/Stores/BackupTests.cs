using System.IO.Compression;
using System.Net;
using System.Text.Json;
using BelarusUsArchive.Tests.Support;
using static BelarusUsArchive.Tests.Editor.Editors;

namespace BelarusUsArchive.Tests.Stores;

/// <summary>
/// export and restore round-trip the whole archive between SQLite and PostgreSQL: a lived-in archive
/// (seeds, commentary, a correction, accounts) goes SQLite → PostgreSQL → SQLite, and every record of
/// every table is compared at each step.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly List<string> _databases = [];
    private string _password = "";

    [Fact]
    public async Task A_backup_round_trips_every_record_between_sqlite_and_postgresql()
    {
        var original = await LivedInBackupAsync();
        var postgres = Postgres();

        var toPostgres = await RunAsync(postgres, "restore", original);
        var fromPostgres = Path.Combine(_folder.Path, "from-postgres.zip");
        var exported = await RunAsync(postgres, "export", fromPostgres);
        var sqlite = Sqlite("restored.db");
        await RunAsync(sqlite, "restore", fromPostgres);
        var back = Path.Combine(_folder.Path, "back.zip");
        await RunAsync(sqlite, "export", back);

        var tables = Tables(original);
        Assert.Contains("Articles", tables.Keys);
        Assert.All(new[] { "Articles", "Paragraphs", "People", "Mentions", "Events", "Commentary", "Revisions", "AspNetUsers", "AspNetUserRoles", "DataProtectionKeys" },
            t => Assert.NotEmpty(tables[t]));
        AssertSameRecords(tables, Tables(fromPostgres));
        AssertSameRecords(tables, Tables(back));
        Assert.Contains("restored", toPostgres, StringComparison.Ordinal);
        Assert.Contains("exported", exported, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restored_archive_serves_search_and_its_accounts_sign_in()
    {
        var original = await LivedInBackupAsync();
        var postgres = Postgres();
        await RunAsync(postgres, "restore", original);

        await using var node = WebNode.Start(new Dictionary<string, string>(postgres) { ["Archive__ImportOnStartup"] = "false" });
        await node.WaitForAsync("/health/ready", TimeSpan.FromSeconds(300));
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = node.Address };

        var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=Krauchenka", TestContext.Current.CancellationToken)).RootElement;
        Assert.True(search.GetProperty("total").GetInt32() > 0, "the restored PostgreSQL store finds nothing: its search vectors were not rebuilt");
        var commentary = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=backupnote", TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(1, commentary.GetProperty("total").GetInt32());
        var form = await client.GetStringAsync("/editor/login", TestContext.Current.CancellationToken);
        var login = await client.PostAsync("/editor/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "backup@example.org",
            ["Input.Password"] = _password,
            ["__RequestVerificationToken"] = EditorClient.Token(form),
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task A_restore_into_a_store_that_holds_records_is_refused_and_changes_nothing()
    {
        var original = await LivedInBackupAsync();
        var sqlite = Sqlite("twice.db");
        await RunAsync(sqlite, "restore", original);

        var (code, output) = await WebNode.RunCommandAsync(["restore", original], sqlite);
        var (_, bad) = await WebNode.RunCommandAsync(["restore", Repo.SeedTexts.First()], Sqlite("other.db"));
        var after = Path.Combine(_folder.Path, "after.zip");
        await RunAsync(sqlite, "export", after);

        Assert.Equal(1, code);
        Assert.Contains("not empty", output, StringComparison.Ordinal);
        Assert.Contains("restore failed", bad, StringComparison.Ordinal);
        AssertSameRecords(Tables(original), Tables(after));
    }

    /// <summary>The seeds imported on SQLite, with an account, published commentary and a corrected title: its export.</summary>
    private async Task<string> LivedInBackupAsync()
    {
        await using var app = new ArchiveApp(_folder);
        await app.StartAsync();
        _password = (await CreateAsync(app, "backup@example.org")).Password;
        var editor = NewClient(app);
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(editor, "backup@example.org", _password)).StatusCode);
        var saved = await SubmitAsync(editor, $"/editor/articles/{Seed003}/commentary", new()
        {
            ["Input.Paragraph"] = "2",
            ["Input.Markdown"] = "A backupnote on the **thaw**.",
            ["Input.Publish"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var file = Path.Combine(_folder.Path, "original.zip");
        Assert.Equal(0, await BelarusUsArchive.Web.Backup.BackupCommand.RunAsync(app.Services, "export", [file], TextWriter.Null, TextWriter.Null));
        return file;
    }

    private static async Task<string> RunAsync(IReadOnlyDictionary<string, string> store, string verb, string file)
    {
        var (code, output) = await WebNode.RunCommandAsync([verb, file], store);
        Assert.True(code == 0, $"{verb} {file} exited {code}:\n{output}");
        return output;
    }

    private Dictionary<string, string> Postgres()
    {
        var database = TestStore.NewPostgresDatabase(Requires.Postgres());
        _databases.Add(database);
        return new() { ["Archive__DatabaseProvider"] = "Postgres", ["ConnectionStrings__Archive"] = database, ["Archive__ImportOnStartup"] = "false" };
    }

    private Dictionary<string, string> Sqlite(string name) => new()
    {
        ["Archive__DatabaseProvider"] = "Sqlite",
        ["ConnectionStrings__Archive"] = "Data Source=" + Path.Combine(_folder.Path, name),
        ["Archive__ImportOnStartup"] = "false",
    };

    /// <summary>Each table's rows as the backup holds them (JSON lines in key order).</summary>
    private static Dictionary<string, string[]> Tables(string file)
    {
        using var zip = ZipFile.OpenRead(file);
        return zip.Entries.Where(e => e.FullName.StartsWith("tables/", StringComparison.Ordinal)).ToDictionary(
            e => Path.GetFileNameWithoutExtension(e.Name),
            e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            });
    }

    private static void AssertSameRecords(Dictionary<string, string[]> expected, Dictionary<string, string[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, rows) in expected)
        {
            Assert.True(rows.Length == actual[table].Length, $"{table}: {rows.Length} rows expected, {actual[table].Length} found");
            for (var i = 0; i < rows.Length; i++)
            {
                Assert.True(rows[i] == actual[table][i], $"{table} row {i + 1} differs:\n  {rows[i]}\n  {actual[table][i]}");
            }
        }
    }

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            TestStore.DropPostgresDatabase(database);
        }
        _folder.Dispose();
    }
}
