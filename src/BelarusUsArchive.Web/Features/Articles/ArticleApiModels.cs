using BelarusUsArchive.Web.Rendering;

namespace BelarusUsArchive.Web.Features.Articles;

/// <summary>An article in a listing, as CONTRACT.md shapes it.</summary>
public sealed record ArticleItem(string Slug, string Title, string? Subtitle, IReadOnlyList<NameRef> Authors, NameRef? Outlet, ApiDate? Published, string Url);

/// <summary>GET /api/articles: a page of articles and the facet counts of the filtered set.</summary>
public sealed record ArticleList(int Total, int Page, int PageSize, IReadOnlyList<ArticleItem> Items, Facets Facets);

public sealed record ArticleParagraph(int N, string Kind, string Text);

/// <summary>A note on the article (paragraph null: on the whole of it), or a reply to the note <c>ReplyTo</c>.</summary>
public sealed record ArticleCommentary(int Id, int? Paragraph, string Html, string Author, DateTime Updated, int? ReplyTo);

/// <summary>GET /api/articles/{slug}: the listing's fields plus the text, people, events and published commentary.</summary>
public sealed record ArticleResponse(
    string Slug,
    string Title,
    string? Subtitle,
    IReadOnlyList<NameRef> Authors,
    NameRef? Outlet,
    ApiDate? Published,
    string Url,
    IReadOnlyList<ArticleParagraph> Paragraphs,
    IReadOnlyList<PersonCount> People,
    IReadOnlyList<ApiEventRef> Events,
    IReadOnlyList<ArticleCommentary> Commentary,
    string SourceFile,
    string? SourceUrl);
