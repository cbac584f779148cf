using BelarusUsArchive.Web.Rendering;

namespace BelarusUsArchive.Web.Features.People;

/// <summary>A person in GET /api/people.</summary>
public sealed record PersonItem(string Slug, string Name, IReadOnlyList<string> Aliases, int Articles, int Mentions);

public sealed record PersonRoleItem(string Title, string? Organization, ApiDate? From, ApiDate? To);

public sealed record PersonMentionItem(int Paragraph, string Surface, string Snippet);

public sealed record PersonArticleItem(string Slug, string Title, ApiDate? Published, IReadOnlyList<PersonMentionItem> Mentions);

/// <summary>GET /api/people/{slug}?page=: <c>articles</c> holds one page (<c>pageSize</c>, oldest first) of the <c>articlesTotal</c> articles that mention the person.</summary>
public sealed record PersonResponse(
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<PersonRoleItem> Roles,
    string? Country,
    string Status,
    IReadOnlyList<PersonArticleItem> Articles,
    IReadOnlyList<CoMention> CoMentioned,
    IReadOnlyList<YearCount> MentionsByYear,
    IReadOnlyList<ApiEventRef> Events,
    int ArticlesTotal,
    int Mentions,
    int Page,
    int PageSize);
