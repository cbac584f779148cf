namespace BelarusUsArchive.Web.Features.Api;

public sealed record GuideParameter(string Name, string Meaning);

public sealed record GuideEndpoint(string Path, string Summary, IReadOnlyList<GuideParameter> Parameters, IReadOnlyList<string> Examples)
{
    public string Anchor => Path.Trim('/').Replace('/', '-').Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);
}

/// <summary>The endpoints as the /api page explains them to people; a test keeps it in step with the OpenAPI document.</summary>
public static class ApiGuide
{
    private static readonly GuideParameter Page = new("page", "Page number, from 1.");
    private static readonly GuideParameter PageSize = new("pageSize", "Items per page, 1 to 100.");
    private static readonly GuideParameter Year = new("year", "Four-digit year, such as 2019.");
    private static readonly GuideParameter Person = new("person", "A person's slug, such as alyaksandr-lukashenka.");
    private static readonly GuideParameter Author = new("author", "An author's slug.");
    private static readonly GuideParameter Outlet = new("outlet", "An outlet's slug, such as rfe-rl.");

    public static IReadOnlyList<GuideEndpoint> Endpoints { get; } =
    [
        new("/api/articles", "Articles, newest first, with facet counts (years, people, authors, outlets) of the filtered set. Filters combine.",
            [Year, Person, Author, Outlet, new("sort", "newest (default), oldest or title."), Page, PageSize],
            ["/api/articles", "/api/articles?year=2019", "/api/articles?person=alyaksandr-lukashenka&pageSize=5"]),
        new("/api/articles/{slug}", "One article: the listing fields plus paragraphs (n, kind, text), people with mention counts, events, published commentary, the source file and URL.",
            [], ["/api/articles/belarus-and-the-usa-is-rapprochement-possible"]),
        new("/api/people", "People named in the articles, most mentioned first, with aliases and counts.",
            [new("q", "A name or alias in any spelling the archive knows."), Page, PageSize],
            ["/api/people", "/api/people?q=Lukashenko"]),
        new("/api/people/{slug}", "One person: aliases, roles, every mention with a snippet, co-mentioned people, mentions per year and events.",
            [], ["/api/people/alyaksandr-lukashenka"]),
        new("/api/events", "Events reported in the articles, with participants and the passages that report them.",
            [Year, Person, Page], ["/api/events", "/api/events?year=2019"]),
        new("/api/events/{slug}", "One event with its sources.", [], ["/api/events"]),
        new("/api/search", "Full-text search: one item per matching paragraph with a highlighted snippet (HTML with only <mark>), and facets.",
            [new("q", "Words, \"exact phrases\", prefix*, -excluded and OR."), Year, Person, Author, Outlet, Page],
            ["/api/search?q=sanctions", "/api/search?q=%22political+prisoners%22"]),
    ];
}
