using BelarusUsArchive.Web.Features.Articles;
using BelarusUsArchive.Web.Rendering;

namespace BelarusUsArchive.Web.Features.Search;

public sealed record SearchArticle(string Slug, string Title, ApiDate? Published);

/// <summary>
/// One matching article: the paragraph with the best match (null when only the title or commentary matched) and an HTML
/// snippet with only &lt;mark&gt; tags; its first matching paragraphs in reading order with their snippets, and the numbers
/// of all its matching paragraphs.
/// </summary>
public sealed record SearchResultItem(SearchArticle Article, int? Paragraph, string Snippet, IReadOnlyList<SearchPassage> Passages, IReadOnlyList<int> MatchingParagraphs);

/// <summary>GET /api/search. When <c>totalIsLowerBound</c>, more articles matched than one search ranks (the newest matches are ranked): total and facets count the ranked ones.</summary>
public sealed record SearchResponse(int Total, int Page, int PageSize, IReadOnlyList<SearchResultItem> Items, Facets Facets, bool TotalIsLowerBound);
