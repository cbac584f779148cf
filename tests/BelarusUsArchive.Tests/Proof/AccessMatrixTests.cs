using BelarusUsArchive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Proof;

/// <summary>
/// Readers can't break the archive and intruders can't change it: every editor page and every route that changes
/// state, against an anonymous visitor, an Editor, an Admin and a disabled account; no GET anywhere changes the
/// store; and no POST is taken without its own session's antiforgery token.
/// </summary>
public class AccessMatrixTests(ITestOutputHelper output)
{
    private static readonly Role[] Roles = [Role.Anonymous, Role.Editor, Role.Admin, Role.Disabled];

    [Fact]
    public async Task Every_editor_page_and_every_state_changing_route_of_the_app_is_a_row_of_the_matrix()
    {
        using var folder = new TestFolder(withSeeds: false);
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();

        var routes = (await RouteCatalog.EditorPagesAsync(app)).Concat(RouteCatalog.StateChangingEndpoints(app)).ToList();
        var listed = AccessMatrix.Rows.Select(r => r.Route).ToList();

        Assert.True(routes.Count > 25, $"only {routes.Count} routes discovered: the discovery itself is broken");
        Assert.True(routes.Except(listed).ToList() is [], "routes missing from the access matrix: " + string.Join(", ", routes.Except(listed)));
        Assert.True(listed.Except(routes).ToList() is [], "rows of routes the app no longer has: " + string.Join(", ", listed.Except(routes)));
        Assert.Equal(listed.Count, listed.Distinct().Count());
        output.WriteLine($"{routes.Count} routes discovered ({routes.Count(r => r.Method != "GET")} state-changing), all in the matrix");
    }

    [Theory]
    [InlineData(Role.Anonymous)]
    [InlineData(Role.Editor)]
    [InlineData(Role.Admin)]
    [InlineData(Role.Disabled)]
    public async Task Every_route_allows_or_denies_this_kind_of_visitor_as_the_matrix_says_and_a_denial_changes_nothing(Role role)
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var targets = await MatrixTargets.ArrangeAsync(app);
        var wrong = new List<string>();

        foreach (var row in AccessMatrix.Rows)
        {
            var visitor = await Visitor.ForAsync(app, role);
            var before = await StoreDigest.OfAsync(app);
            var response = await visitor.SendAsync(row.Route.Method, targets.Url(row.Route), targets.Fields(app, row.Route), visitor.Token);
            var outcome = Visitor.Classify(response);
            var changed = before != await StoreDigest.OfAsync(app);
            if (outcome != row.For(role))
            {
                wrong.Add($"{row.Route}: expected {row.For(role)}, got {outcome} ({(int)response.StatusCode} {response.Headers.Location})");
            }
            if (row.For(role) != Outcome.Ok && changed)
            {
                wrong.Add($"{row.Route}: denied, yet the store changed");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        output.WriteLine($"{role}: {AccessMatrix.Rows.Count} routes, {AccessMatrix.Rows.Count(r => r.For(role) == Outcome.Ok)} allowed, " +
            $"{AccessMatrix.Rows.Count(r => r.For(role) != Outcome.Ok)} denied with the store unchanged");
    }

    [Fact]
    public async Task No_GET_of_any_route_changes_the_store_for_any_visitor()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var targets = await MatrixTargets.ArrangeAsync(app);
        var urls = RouteCatalog.GetTemplates(app).Select(t => GetUrl(app, targets, t)).ToList();
        var changed = new List<string>();

        foreach (var role in Roles)
        {
            var visitor = await Visitor.ForAsync(app, role);
            foreach (var url in urls)
            {
                var before = await StoreDigest.OfAsync(app);
                var response = await visitor.SendAsync("GET", url, [], null);
                if (before != await StoreDigest.OfAsync(app))
                {
                    changed.Add($"{role}: GET {url} ({(int)response.StatusCode}) changed the store");
                }
                Assert.True((int)response.StatusCode < 500, $"{role}: GET {url} answered {(int)response.StatusCode}");
            }
        }

        Assert.True(changed.Count == 0, string.Join('\n', changed));
        output.WriteLine($"{urls.Count} GET routes × {Roles.Length} visitors: the store digest never changed");
    }

    [Fact]
    public async Task Every_POST_without_a_token_or_with_another_sessions_token_is_refused_and_changes_nothing()
    {
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        await app.StartAsync();
        var targets = await MatrixTargets.ArrangeAsync(app);
        var other = await Visitor.ForAsync(app, Role.Admin);
        var wrong = new List<string>();
        var posts = AccessMatrix.Rows.Where(r => r.Route.Method == "POST").ToList();

        foreach (var row in posts)
        {
            foreach (var (kind, token) in new[] { ("no token", (string?)null), ("another session's token", other.Token) })
            {
                // An Admin may use every route, so a refusal can only come from the token.
                var visitor = await Visitor.ForAsync(app, Role.Admin);
                var before = await StoreDigest.OfAsync(app);
                var response = await visitor.SendAsync("POST", targets.Url(row.Route), targets.Fields(app, row.Route), token);
                if (Visitor.Classify(response) != Outcome.Rejected || before != await StoreDigest.OfAsync(app))
                {
                    wrong.Add($"{row.Route} with {kind}: {(int)response.StatusCode}, store {(before == await StoreDigest.OfAsync(app) ? "unchanged" : "changed")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        output.WriteLine($"{posts.Count} POST routes × 2 forged requests: all refused (400), the store unchanged");
    }

    /// <summary>A concrete URL for each GET template of the app, on the arranged records; an unknown parameter fails the test.</summary>
    private static string GetUrl(ArchiveApp app, MatrixTargets targets, string template)
    {
        if (template.StartsWith("editor/", StringComparison.Ordinal) || template == "editor")
        {
            return targets.Url(new AppRoute("GET", template));
        }
        var (author, outlet) = app.InScope(db => (db.Authors.AsNoTracking().OrderBy(a => a.Slug).Select(a => a.Slug).First(),
            db.Outlets.AsNoTracking().OrderBy(o => o.Slug).Select(o => o.Slug).First()));
        var first = template.Split('/')[0];
        var path = "/" + template
            .Replace("{slug}", first switch
            {
                "api" => template.Split('/').ElementAtOrDefault(1) switch { "articles" => targets.Article, "people" => targets.Person, _ => targets.Event },
                "articles" => targets.Article,
                "people" => targets.Person,
                "events" => targets.Event,
                "authors" => author,
                "outlets" => outlet,
                _ => "{slug}",
            }, StringComparison.Ordinal)
            .Replace("{name}", "articles", StringComparison.Ordinal)
            .Replace("{code:int}", "404", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal);
        Assert.False(path.Contains('{', StringComparison.Ordinal), $"no sample value for a parameter of /{template}: add one");
        return path + (template is "search" or "api/search" or "search/feed.atom" ? "?q=sanctions" : template.EndsWith("cite", StringComparison.Ordinal) ? "?format=bibtex" : "");
    }
}
