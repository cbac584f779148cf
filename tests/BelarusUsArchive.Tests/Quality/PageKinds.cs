using BelarusUsArchive.Tests.Support;
using BelarusUsArchive.Web.Model;
using BelarusUsArchive.Web.Rendering;

namespace BelarusUsArchive.Tests.Quality;

/// <summary>
/// A URL of every kind of page a reader or editor can reach without signing in (the article with an annotated passage among them), taken from the
/// records the seeds produced: every article (their bodies differ in shape), the most mentioned
/// person and the most reported event (the fullest pages of their kind). Editor pages that need a signed-in form are
/// checked by the same tools where they are reached: the paste preview in Browser/PastePreviewJourneyTests.
/// </summary>
internal static class PageKinds
{
    public const string Missing = "/no-such-page";

    public const string Annotated = "how-russia-s-interference-in-ukraine-has-altered-u-s-policy-toward-belarus";

    public static IReadOnlyList<string> Of(ArchiveApp app)
    {
        Annotate(app);
        var (articles, (person, personName), happening, author, outlet) = app.InScope(db => (
            db.Articles.OrderBy(a => a.Slug).Select(a => a.Slug).ToList(),
            db.People.OrderByDescending(p => p.Mentions.Count).ThenBy(p => p.Slug).Select(p => new ValueTuple<string, string>(p.Slug, p.Name)).First(),
            db.Events.OrderByDescending(e => e.Sources.Count).ThenBy(e => e.Slug).Select(e => e.Slug).First(),
            db.Authors.OrderBy(a => a.Slug).Select(a => a.Slug).First(),
            db.Outlets.OrderBy(o => o.Slug).Select(o => o.Slug).First()));
        return
        [
            "/", "/articles", "/articles?year=2019", "/articles?year=2019&person=" + person, .. articles.Select(slug => "/articles/" + slug),
            "/people", "/people/" + person, "/people/network", "/people/network?person=" + person, "/attention?person=" + person, "/attention?q=sanctions&outlet=" + outlet + "&measure=share", "/attention?person=" + person + "&q=sanctions&by=month&from=2019&to=2020", "/events", "/events/" + happening, "/timeline", "/timeline?person=" + person, "/timeline?from=2019&to=2019", "/timeline?kind=meeting&from=2019-09&to=2019-09",
            "/search?q=sanctions", "/search?q=" + Uri.EscapeDataString(personName), "/articles?from=2018-06&to=2019-03", "/events?from=2015", "/editor/login", "/authors/" + author, "/outlets/" + outlet,
            Missing, "/api", "/data",
        ];
    }

    /// <summary>The correction form of the first article: the quality tests save a date there first, so that there is a history to show.</summary>
    public static string CorrectionForm(ArchiveApp app) => $"/editor/articles/{app.InScope(db => db.Articles.OrderBy(a => a.Slug).Select(a => a.Slug).First())}/edit";

    /// <summary>
    /// The editor's pages of undo and curation, signed in, after a correction was saved on <see cref="CorrectionForm"/>:
    /// the history, one record's history, a restore's confirmation, the correction form, a person's and an event's
    /// curation with the merge and reject confirmations, an event's merge (the choice and the confirmation) and split form.
    /// The pages only a POST reaches (a split's confirmation, the conflict page) are checked in Quality/EventCurationQualityTests.
    /// </summary>
    public static IReadOnlyList<string> Editor(ArchiveApp app)
    {
        var (id, revision, people, events) = app.InScope(db => (
            db.Revisions.OrderBy(r => r.Id).First(r => r.EntityType == "article").EntityId,
            db.Revisions.OrderBy(r => r.Id).First(r => r.EntityType == "article").Id,
            db.People.OrderByDescending(p => p.Mentions.Count).ThenBy(p => p.Slug).Select(p => p.Slug).Take(2).ToList(),
            db.Events.OrderByDescending(e => e.Sources.Count).ThenBy(e => e.Slug).Select(e => e.Slug).Take(2).ToList()));
        var (happening, other) = (events[0], events[1]);
        return
        [
            "/editor/history", $"/editor/history/article/{id}", $"/editor/history/article/{id}/restore/{revision}?state=before", CorrectionForm(app),
            $"/editor/people/{people[0]}", $"/editor/people/{people[1]}?into={people[0]}", $"/editor/people/{people[1]}?decision=reject",
            $"/editor/events/{happening}", $"/editor/events/{happening}?decision=reject",
            $"/editor/events/{happening}/merge", $"/editor/events/{happening}/merge?other={other}", $"/editor/events/{happening}/split",
        ];
    }

    /// <summary>
    /// The pages an editor sees that readers do not (the lists above are all anonymous): the editor home, the review
    /// queue, an article's editing page, the commentary form on selected words and as a reply, the correction form,
    /// and the annotated article itself with its drafts, reply links and script.
    /// </summary>
    public static IReadOnlyList<string> ForEditors(ArchiveApp app)
    {
        var (note, paragraph) = Annotate(app);
        return
        [
            "/editor", "/editor/review", $"/editor/articles/{Annotated}", $"/editor/articles/{Annotated}/edit",
            $"/editor/articles/{Annotated}/commentary?paragraph={paragraph}&quote=quickly%20thawing", $"/editor/articles/{Annotated}/commentary?replyTo={note}",
            $"/articles/{Annotated}", "/",
        ];
    }

    /// <summary>
    /// A published note on a passage of the article and a reply to it, written once per store, so that every check of
    /// the article page sees a highlighted passage, its links and a reply. Returns the note's id and its paragraph.
    /// </summary>
    public static (int Note, int Paragraph) Annotate(ArchiveApp app) => app.InScope(db =>
    {
        var paragraph = db.Paragraphs.Where(p => p.Article!.Slug == Annotated && p.Text.Contains("quickly thawing")).Select(p => new { p.ArticleId, p.Number, p.Text }).First();
        if (db.Commentary.FirstOrDefault(c => c.ArticleId == paragraph.ArticleId && c.Quote == "quickly thawing" && c.ParentId == null) is { } existing)
        {
            return (existing.Id, paragraph.Number);
        }
        var start = paragraph.Text.IndexOf("quickly thawing", StringComparison.Ordinal);
        var now = DateTime.UtcNow;
        Commentary Note(string markdown) => new()
        {
            ArticleId = paragraph.ArticleId, Markdown = markdown, Html = Markdown.TryToSafeHtml(markdown)!, AuthorName = "Page kinds",
            Status = CommentaryStatus.Published, CreatedAt = now, UpdatedAt = now,
        };
        var note = Note("The thaw had a price: see *the 2020 election*.");
        (note.ParagraphNumber, note.Quote, note.QuoteStart, note.QuoteEnd) = (paragraph.Number, "quickly thawing", start, start + "quickly thawing".Length);
        db.Commentary.Add(note);
        db.SaveChanges();
        var reply = Note("And it was paid in 2020.");
        reply.ParentId = note.Id;
        db.Commentary.Add(reply);
        db.SaveChanges();
        return (note.Id, paragraph.Number);
    });
}
