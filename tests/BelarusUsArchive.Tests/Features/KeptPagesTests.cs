using System.Diagnostics;
using System.Net;
using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Tests.Features;

/// <summary>
/// Article pages rendered ahead and kept (Features/Articles/KeptPages): a real web process renders them over its own
/// port; the test writes to the store as another process or node would, with SQL of its own, and checks that the page a
/// reader gets shows the change at once and is kept again with it.
/// </summary>
public sealed class KeptPagesTests : IAsyncLifetime
{
    private readonly TestFolder _folder = new();
    private WebNode _node = null!;
    private HttpClient _client = null!;

    private Dictionary<string, string> Settings => new()
    {
        ["Archive__DatabaseProvider"] = TestStore.Provider,
        ["ConnectionStrings__Archive"] = _folder.ConnectionString,
        ["Archive__SeedsPath"] = _folder.Seeds,
        ["Archive__KeptPages__RenderShare"] = "1",
    };

    public async ValueTask InitializeAsync()
    {
        _node = WebNode.Start(Settings);
        await _node.WaitForAsync("/health/ready", TimeSpan.FromSeconds(300));
        _client = new HttpClient { BaseAddress = _node.Address };
        await AllKeptAsync();
    }

    [Fact]
    public async Task Every_article_page_is_kept_as_the_page_a_fresh_render_gives_and_served_compressed_or_plain()
    {
        await using var db = Store();
        var slugs = await db.Articles.OrderBy(a => a.Id).Select(a => a.Slug).ToListAsync(TestContext.Current.CancellationToken);
        Assert.NotEmpty(slugs);
        foreach (var slug in slugs)
        {
            var kept = await _client.GetAsync($"/articles/{slug}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
            Assert.Equal(await FreshAsync(slug), await kept.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/articles/{slugs[0]}");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var compressed = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        await using var unzip = new System.IO.Compression.GZipStream(await compressed.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken),
            System.IO.Compression.CompressionMode.Decompress);
        Assert.Equal(await FreshAsync(slugs[0]), await new StreamReader(unzip).ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_kept_page_is_dropped_the_moment_what_it_shows_changes_and_kept_again_with_the_change()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = Store();
        var mention = await db.Mentions.OrderBy(m => m.Id).Select(m => new { m.ArticleId, m.PersonId, m.Person!.Name }).FirstAsync(ct);
        var authored = await db.ArticleAuthors.OrderBy(a => a.ArticleId).Select(a => new { a.ArticleId, a.AuthorId, a.Author!.Name }).FirstAsync(ct);
        var outlet = await db.Articles.Where(a => a.OutletId != null).OrderBy(a => a.Id).Select(a => new { a.Id, a.OutletId, a.Outlet!.Name }).FirstAsync(ct);
        var source = await db.EventSources.OrderBy(s => s.ArticleId).Select(s => new { s.ArticleId, s.EventId }).FirstAsync(ct);
        var paragraph = await db.Paragraphs.OrderBy(p => p.Id).Select(p => new { p.ArticleId, p.Id }).FirstAsync(ct);

        var changes = new (string What, int ArticleId, string Sql, string Shown)[]
        {
            ("a person renamed", mention.ArticleId, $"""UPDATE "People" SET "Name" = 'Renamed Person Kept' WHERE "Id" = {mention.PersonId}""", "Renamed Person Kept"),
            ("an author renamed", authored.ArticleId, $"""UPDATE "Authors" SET "Name" = 'Renamed Author Kept' WHERE "Id" = {authored.AuthorId}""", "Renamed Author Kept"),
            ("an outlet renamed", outlet.Id, $"""UPDATE "Outlets" SET "Name" = 'Renamed Outlet Kept' WHERE "Id" = {outlet.OutletId}""", "Renamed Outlet Kept"),
            ("an event retitled", source.ArticleId, $"""UPDATE "Events" SET "Title" = 'Retitled Event Kept' WHERE "Id" = {source.EventId}""", "Retitled Event Kept"),
            ("a paragraph corrected", paragraph.ArticleId, $"""UPDATE "Paragraphs" SET "Text" = 'Corrected paragraph kept.' WHERE "Id" = {paragraph.Id}""", "Corrected paragraph kept."),
        };
        foreach (var change in changes)
        {
            await KeptAsync(change.ArticleId);
            await db.Database.ExecuteSqlRawAsync(change.Sql, ct);
            Assert.False(await IsKeptAsync(db, change.ArticleId), $"{change.What}: the kept page outlived the change");
            Assert.Contains(change.Shown, await PageAsync(change.ArticleId), StringComparison.Ordinal);
        }
        foreach (var change in changes)
        {
            await KeptAsync(change.ArticleId);
            Assert.Contains(change.Shown, await PageAsync(change.ArticleId), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_newer_article_imported_by_the_command_reaches_the_kept_page_that_links_to_the_next_article()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = Store();
        var newest = await db.Articles.Where(a => a.Published != null).OrderByDescending(a => a.Published!.Start).ThenByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Published!.Start }).FirstAsync(ct);
        Assert.DoesNotContain("Later:", await PageAsync(newest.Id), StringComparison.Ordinal);
        var later = newest.Start.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var folder = Path.Combine(_folder.Path, "later");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "kept-later.txt"),
            "A later note on Minsk and Washington\n\nThe embassy reopened its consular section after talks in Minsk and Washington this week.\n\n"
            + "Officials on both sides said the talks would continue next month.\n", ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "kept-later.meta.json"), $$"""{ "title": "A later note on Minsk and Washington", "published": "{{later}}" }""", ct);

        var imported = await WebNode.RunCommandAsync(["import", folder], new Dictionary<string, string>(Settings) { ["Archive__ImportOnStartup"] = "false" });

        Assert.True(imported.ExitCode == 0, imported.Output);
        // Served kept or rendered (the renderer may have kept it again already): never the page from before the import.
        Assert.Contains("Later: A later note on Minsk and Washington", await PageAsync(newest.Id), StringComparison.Ordinal);
        await KeptAsync(newest.Id);
        Assert.Contains("Later: A later note on Minsk and Washington", await PageAsync(newest.Id), StringComparison.Ordinal);
    }

    private ArchiveDb Store() => TestStore.Open(_folder.ConnectionString);

    private static Task<bool> IsKeptAsync(ArchiveDb db, int articleId) =>
        db.KeptArticlePages.AnyAsync(k => k.ArticleId == articleId && k.Html != null, TestContext.Current.CancellationToken);

    private async Task<string> PageAsync(int articleId)
    {
        await using var db = Store();
        var slug = await db.Articles.Where(a => a.Id == articleId).Select(a => a.Slug).SingleAsync(TestContext.Current.CancellationToken);
        return await _client.GetStringAsync($"/articles/{slug}", TestContext.Current.CancellationToken);
    }

    /// <summary>The page rendered now: a request with credentials passes every cache.</summary>
    private async Task<string> FreshAsync(string slug)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/articles/{slug}");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "none");
        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private async Task AllKeptAsync()
    {
        await using var db = Store();
        await UntilAsync(async () => await db.KeptArticlePages.CountAsync(k => k.Html != null) == await db.Articles.CountAsync(), "every article page kept");
    }

    private async Task KeptAsync(int articleId)
    {
        await using var db = Store();
        await UntilAsync(() => IsKeptAsync(db, articleId), $"article {articleId}'s page kept");
    }

    private async Task UntilAsync(Func<Task<bool>> done, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"not within 120 s: {what}\n{_node.Output}");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
        _folder.Dispose();
    }
}
