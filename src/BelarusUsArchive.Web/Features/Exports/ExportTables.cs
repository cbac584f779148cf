using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Exports;

/// <summary>The archive as tables: what each holds, its columns, and the query that streams its rows. Records refer to each other by slug.</summary>
public static class ExportTables
{
    private static ExportColumn[] DateColumns(string prefix, string what) =>
    [
        new(prefix + "_edtf", "text (EDTF)", $"The {what} in EDTF level 1: 2019-11, 2015-06? (uncertain), 201X; empty when unknown."),
        new(prefix + "_start", "date", $"First day the {what} can be."),
        new(prefix + "_end", "date", $"Last day the {what} can be."),
        new(prefix + "_precision", "day | month | year | decade", $"How precise the {what} is."),
        new(prefix + "_certainty", "stated | inferred | uncertain", $"How sure the archive is of the {what}."),
        new(prefix + "_source", "text | sidecar | editor | inference", $"Where the {what} came from."),
    ];

    public static IReadOnlyList<ExportTable> All { get; } =
    [
        new("articles", "One row per article.",
            [
                new("slug", "text", "The article's key; its page is /articles/{slug}."),
                new("title", "text", "Title as published."),
                new("subtitle", "text", "Subtitle or standfirst, if any."),
                new("outlet_slug", "text", "Key of the outlet, if known."),
                new("outlet", "text", "Name of the outlet that published it, if known."),
                .. DateColumns("published", "publication date"),
                new("language", "text (ISO 639-1)", "Language of the text."),
                new("source_file", "text", "File the text was imported from."),
                new("source_url", "text (URL)", "Where the source published it, if known."),
                new("imported_at", "timestamp (UTC)", "When the archive first imported it."),
                new("updated_at", "timestamp (UTC)", "When the record last changed."),
            ],
            db => db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => new object?[]
            {
                a.Slug, a.Title, a.Subtitle, a.Outlet == null ? null : a.Outlet.Slug, a.Outlet == null ? null : a.Outlet.Name,
                a.Published!.Edtf, (DateOnly?)a.Published.Start, (DateOnly?)a.Published.End, a.Published.Precision, a.Published.Certainty, a.Published.Source,
                a.Language, a.SourceFile, a.SourceUrl, a.ImportedAt, a.UpdatedAt,
            }).AsAsyncEnumerable()),
        new("paragraphs", "The text of every article, one row per paragraph, heading, caption, quote, list item or note.",
            [
                new("article_slug", "text", "The article."),
                new("n", "integer", "1-based position in the article; the page anchors it as #p{n}."),
                new("kind", "paragraph | heading | caption | quote | list-item | note", "What the block is."),
                new("text", "text", "The block's text."),
            ],
            db => db.Paragraphs.AsNoTracking().OrderBy(p => p.ArticleId).ThenBy(p => p.Number)
                .Select(p => new object?[] { p.Article!.Slug, p.Number, p.Kind, p.Text }).AsAsyncEnumerable()),
        new("authors", "One row per byline name.",
            [
                new("slug", "text", "The author's key; the page is /authors/{slug}."),
                new("name", "text", "Name as the bylines give it."),
                new("affiliation", "text", "Affiliation, if stated."),
                new("bio", "text", "Author note from the article, if any."),
                new("person_slug", "text", "The same human in the people table, if linked."),
            ],
            db => db.Authors.AsNoTracking().OrderBy(a => a.Id)
                .Select(a => new object?[] { a.Slug, a.Name, a.Affiliation, a.Bio, a.Person == null ? null : a.Person.Slug }).AsAsyncEnumerable()),
        new("article_authors", "Which author wrote which article, in byline order.",
            [
                new("article_slug", "text", "The article."),
                new("author_slug", "text", "The author."),
                new("position", "integer", "Place in the byline, from 0."),
            ],
            db => db.ArticleAuthors.AsNoTracking().OrderBy(x => x.ArticleId).ThenBy(x => x.Order)
                .Select(x => new object?[] { x.Article!.Slug, x.Author!.Slug, x.Order }).AsAsyncEnumerable()),
        new("people", "One row per person the articles name (confirmed, or a candidate awaiting curation); rejected names are left out.",
            [
                new("slug", "text", "The person's key; the page is /people/{slug}."),
                new("name", "text", "Preferred name."),
                new("country", "text", "Country the person is associated with, if known."),
                new("status", "confirmed | candidate", "Whether an editor or the curated list confirmed the person."),
                new("description", "text", "Short description, if any."),
            ],
            db => db.People.AsNoTracking().Where(p => p.Status != PersonStatus.Rejected).OrderBy(p => p.Id)
                .Select(p => new object?[] { p.Slug, p.Name, p.Country, p.Status, p.Description }).AsAsyncEnumerable()),
        new("aliases", "Every spelling under which a person is recognised.",
            [
                new("person_slug", "text", "The person."),
                new("text", "text", "The spelling."),
                new("script", "latin | cyrillic", "Script of the spelling."),
                new("kind", "canonical | romanization | short-form | initials | native", "What kind of spelling it is."),
                new("key", "text", "Folded key under which spellings of one name meet."),
            ],
            db => db.PersonAliases.AsNoTracking().Where(a => a.Person!.Status != PersonStatus.Rejected).OrderBy(a => a.PersonId).ThenBy(a => a.Id)
                .Select(a => new object?[] { a.Person!.Slug, a.Text, a.Script, a.Kind, a.Key }).AsAsyncEnumerable()),
        new("mentions", "Every occurrence of a person in an article's text.",
            [
                new("article_slug", "text", "The article."),
                new("paragraph", "integer", "The paragraph's n."),
                new("person_slug", "text", "The person."),
                new("offset", "integer", "Character offset (UTF-16) of the mention in the paragraph's text."),
                new("length", "integer", "Length of the mention in characters."),
                new("surface", "text", "The mention as spelled there."),
            ],
            db => db.Mentions.AsNoTracking().Where(m => m.Person!.Status != PersonStatus.Rejected).OrderBy(m => m.ArticleId).ThenBy(m => m.Paragraph!.Number).ThenBy(m => m.Offset)
                .Select(m => new object?[] { m.Article!.Slug, m.Paragraph!.Number, m.Person!.Slug, m.Offset, m.Length, m.Surface }).AsAsyncEnumerable()),
        new("events", "Events the articles report: extracted at import, confirmed or rejected by editors.",
            [
                new("slug", "text", "The event's key; the page is /events/{slug}."),
                new("title", "text", "Short title."),
                new("description", "text", "Description, if any."),
                .. DateColumns("date", "event's date"),
                new("place", "text", "Where it happened, if known."),
                new("kind", "text", "visit, meeting, sanctions, election, agreement, statement, release, appointment, expulsion, military, economic or other."),
                new("status", "extracted | confirmed", "Editorial state; rejected events are left out of every export (the store keeps them so a re-import does not revive them)."),
            ],
            db => db.Events.AsNoTracking().Where(e => e.Status != EventStatus.Rejected).OrderBy(e => e.Id).Select(e => new object?[]
            {
                e.Slug, e.Title, e.Description,
                e.Date!.Edtf, (DateOnly?)e.Date.Start, (DateOnly?)e.Date.End, e.Date.Precision, e.Date.Certainty, e.Date.Source,
                e.Place, e.Kind, e.Status,
            }).AsAsyncEnumerable()),
        new("event_participants", "People who took part in an event.",
            [
                new("event_slug", "text", "The event."),
                new("person_slug", "text", "The person."),
            ],
            db => db.EventParticipants.AsNoTracking().Where(p => p.Event!.Status != EventStatus.Rejected && p.Person!.Status != PersonStatus.Rejected).OrderBy(p => p.EventId).ThenBy(p => p.PersonId)
                .Select(p => new object?[] { p.Event!.Slug, p.Person!.Slug }).AsAsyncEnumerable()),
        new("event_sources", "The passages that report an event.",
            [
                new("event_slug", "text", "The event."),
                new("article_slug", "text", "The article reporting it."),
                new("paragraph", "integer", "The paragraph's n."),
                new("quote", "text", "The sentence quoted."),
            ],
            db => db.EventSources.AsNoTracking().Where(s => s.Event!.Status != EventStatus.Rejected).OrderBy(s => s.EventId).ThenBy(s => s.Id)
                .Select(s => new object?[] { s.Event!.Slug, s.Article!.Slug, s.ParagraphNumber, s.Quote }).AsAsyncEnumerable()),
    ];

    public static ExportTable? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
