using BelarusUsArchive.Web.Features.Articles;
using BelarusUsArchive.Web.Rendering;

namespace BelarusUsArchive.Web.Features.Events;

public sealed record EventSourceItem(string Article, int Paragraph, string Quote);

/// <summary>An event in GET /api/events and /api/events/{slug}.</summary>
public sealed record EventItem(
    string Slug, string Title, string? Description, ApiDate? Date, string? Place, string Kind, string Status,
    IReadOnlyList<NameRef> Participants, IReadOnlyList<EventSourceItem> Sources);
