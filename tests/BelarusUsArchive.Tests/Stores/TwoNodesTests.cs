using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Stores;

/// <summary>
/// Several web nodes on one PostgreSQL database, as an institution runs the archive: two real processes
/// on two ports, started together on an empty database.
/// </summary>
public sealed class TwoNodesTests : IAsyncLifetime
{
    private const string Email = "nodes@example.org";

    private TestFolder _folder = null!;
    private string _database = null!;
    private Dictionary<string, string> _settings = null!;
    private WebNode _first = null!;
    private WebNode _second = null!;

    public async ValueTask InitializeAsync()
    {
        _database = TestStore.NewPostgresDatabase(Requires.Postgres());
        _folder = new TestFolder();
        _settings = new Dictionary<string, string>
        {
            ["Archive__DatabaseProvider"] = "Postgres",
            ["ConnectionStrings__Archive"] = _database,
            ["Archive__SeedsPath"] = _folder.Seeds,
        };
        // Together: both migrate the empty database and both try the start-up import.
        _first = WebNode.Start(_settings);
        _second = WebNode.Start(_settings);
        await Task.WhenAll(
            _first.WaitForAsync("/health/ready", TimeSpan.FromSeconds(300)),
            _second.WaitForAsync("/health/ready", TimeSpan.FromSeconds(300)));
    }

    [Fact]
    public async Task Two_nodes_starting_together_import_the_seeds_once_and_serve_the_same_data()
    {
        using var first = new HttpClient { BaseAddress = _first.Address };
        using var second = new HttpClient { BaseAddress = _second.Address };

        var fromFirst = await first.GetStringAsync("/api/articles?pageSize=100", TestContext.Current.CancellationToken);
        var fromSecond = await second.GetStringAsync("/api/articles?pageSize=100", TestContext.Current.CancellationToken);

        var seeds = Directory.GetFiles(_folder.Seeds, "*.txt").Length;
        Assert.Equal(seeds, JsonDocument.Parse(fromFirst).RootElement.GetProperty("total").GetInt32());
        // The same records; only the links name the node that answered.
        Assert.Equal(fromFirst.Replace(_first.Address.Authority, "node", StringComparison.Ordinal),
            fromSecond.Replace(_second.Address.Authority, "node", StringComparison.Ordinal));
        await using var db = Store();
        Assert.Equal(seeds, await db.Articles.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(seeds, await db.Articles.Select(a => a.SourceFile).Distinct().CountAsync(TestContext.Current.CancellationToken));
        var runs = await db.ImportRuns.OrderBy(r => r.Id).Select(r => new { r.New, r.Unchanged, r.Failed, Done = r.FinishedAt != null })
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.True(r.Done));
        Assert.Equal([seeds, 0], runs.Select(r => r.New));
        Assert.Equal([0, seeds], runs.Select(r => r.Unchanged));
    }

    [Fact]
    public async Task A_sign_in_on_one_node_holds_on_the_other()
    {
        var created = await WebNode.RunCommandAsync(["create-user", "--email", Email, "--role", "Editor"],
            new Dictionary<string, string>(_settings) { ["ARCHIVE_PASSWORD"] = EditorClient.Password, ["Archive__ImportOnStartup"] = "false" });
        Assert.True(created.ExitCode == 0, created.Output);
        var cookies = new CookieContainer();
        using var first = Client(_first, cookies);
        using var second = Client(_second, cookies);

        var form = await first.GetStringAsync("/editor/login", TestContext.Current.CancellationToken);
        var login = await first.PostAsync("/editor/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = Email,
            ["Input.Password"] = EditorClient.Password,
            ["__RequestVerificationToken"] = EditorClient.Token(form),
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var dashboard = await second.GetAsync("/editor", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var page = new HtmlParser().ParseDocument(await dashboard.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(Email, page.Body!.TextContent, StringComparison.Ordinal);
        // A form the first node rendered posts on the second: the antiforgery token is readable there too.
        var logout = await second.PostAsync("/editor/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = EditorClient.Token(await first.GetStringAsync("/editor", TestContext.Current.CancellationToken)),
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
    }

    private static HttpClient Client(WebNode node, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = node.Address };

    private PostgresArchiveDb Store() => TestStore.OpenPostgres(_database);

    public async ValueTask DisposeAsync()
    {
        if (_first is not null)
        {
            await _first.DisposeAsync();
        }
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }
        if (_database is not null)
        {
            TestStore.DropPostgresDatabase(_database);
        }
        _folder?.Dispose();
    }
}
