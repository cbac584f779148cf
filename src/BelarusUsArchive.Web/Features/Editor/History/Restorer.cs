using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Features.Editor.Articles;
using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.History;

/// <summary>A record as its history page names it: what it is, its label, where readers see it, its current state and version.</summary>
public sealed record RecordIdentity(string Kind, string Name, string? Link, RecordState? Current, Guid? Version);

/// <summary>Reads any editable record's current state and puts a kept state back, for the history and restore pages.</summary>
public static class Restorer
{
    public static readonly string[] Types = ["article", "person", "event", "commentary"];

    public static async Task<RecordIdentity> IdentifyAsync(ArchiveDb db, string type, int id, CancellationToken cancellationToken)
    {
        switch (type)
        {
            case "article":
                var article = await db.Articles.AsNoTracking().Include(a => a.Outlet).Include(a => a.Authors).ThenInclude(x => x.Author).AsSplitQuery()
                    .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
                return article is null ? Gone("Article") : new("Article", article.Title, $"/articles/{article.Slug}", RevisionLog.State(article), article.Version);
            case "person":
                var person = await db.People.AsNoTracking().Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
                if (person is null)
                {
                    var merge = await PersonRestore.MergeAsync(db, id, cancellationToken);
                    var into = merge is null ? null : await db.People.AsNoTracking().Where(p => p.Id == merge.IntoId).Select(p => new { p.Slug, p.Version }).SingleOrDefaultAsync(cancellationToken);
                    return merge is null ? Gone("Person") : new("Person", $"{merge.Slug} (merged into {merge.IntoName})", into is null ? null : $"/people/{into.Slug}", null, into?.Version);
                }
                return new("Person", person.Name, person.Status == PersonStatus.Rejected ? $"/editor/people/{person.Slug}" : $"/people/{person.Slug}", RevisionLog.State(person), person.Version);
            case "event":
                var e = await db.Events.AsNoTracking().Include(x => x.Participants).ThenInclude(p => p.Person).SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
                if (e is null)
                {
                    var merged = await EventRestore.MergeAsync(db, id, cancellationToken);
                    var kept = merged is null ? null : await db.Events.AsNoTracking().Where(x => x.Id == merged.OtherId).Select(x => new { x.Slug, x.Version }).SingleOrDefaultAsync(cancellationToken);
                    return merged is null ? Gone("Event") : new("Event", $"{merged.Slug} (merged into {merged.OtherTitle})", kept is null ? null : $"/events/{kept.Slug}", null, kept?.Version);
                }
                return new("Event", e.Title, e.Status == EventStatus.Rejected ? $"/editor/events/{e.Slug}" : $"/events/{e.Slug}", RevisionLog.State(e), e.Version);
            default:
                var c = await db.Commentary.AsNoTracking().Include(x => x.Article).SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
                return c is null ? Gone("Commentary")
                    : new("Commentary", $"on “{c.Article!.Title}”" + (c.ParagraphNumber is { } n ? $", paragraph {n}" : ""),
                        $"/articles/{c.Article.Slug}" + (c.ParagraphNumber is { } p ? $"#p{p}" : ""), RevisionLog.State(c), c.Version);
        }
    }

    private static RecordIdentity Gone(string kind) => new(kind, "(no longer stored)", null, null, null);

    /// <summary>
    /// Puts <paramref name="state"/> back on the record; null when done, else why it cannot be. The caller records the revision and saves.
    /// <paramref name="undoing"/> is the revision whose before-state is restored (an event's split is undone with it).
    /// </summary>
    public static async Task<(string? Problem, List<MentionRow>? Unlinked)> ApplyAsync(ArchiveDb db, string type, int id, RecordState state, bool keepPublished,
        RevisionData? undoing, CancellationToken cancellationToken)
    {
        switch (type)
        {
            case "article":
                var article = await db.Articles.Include(a => a.Outlet).Include(a => a.Authors).ThenInclude(x => x.Author).AsSplitQuery().SingleAsync(a => a.Id == id, cancellationToken);
                await ArticleFields.ApplyAsync(db, article, state, cancellationToken);
                return (null, null);
            case "person":
                var person = await db.People.Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
                if (person is not null)
                {
                    return (null, await PersonRestore.ApplyAsync(db, person, state, cancellationToken));
                }
                return await PersonRestore.MergeAsync(db, id, cancellationToken) is { } merge
                    ? (await Curation.PersonMerge.UndoAsync(db, id, merge, state, cancellationToken), null)
                    : ("This person is no longer stored and no merge of it is kept.", null);
            case "event":
                return (await EventRestore.ApplyAsync(db, id, state, undoing, cancellationToken), null);
            default:
                await RestoreCommentaryAsync(db, id, state, keepPublished, cancellationToken);
                return (null, null);
        }
    }

    private static async Task RestoreCommentaryAsync(ArchiveDb db, int id, RecordState state, bool keepPublished, CancellationToken cancellationToken)
    {
        var comment = await db.Commentary.SingleAsync(c => c.Id == id, cancellationToken);
        if (!keepPublished && Enum.TryParse<CommentaryStatus>(state["status"], out var status))
        {
            comment.Status = status;
        }
        comment.ParagraphNumber = int.TryParse(state["paragraph"], out var p) ? p : null;
        comment.Quote = state["quote"] is { Length: > 0 } q ? q : null;
        // The offsets follow the restored quote, not the version it replaces.
        var text = await db.Paragraphs.Where(x => x.ArticleId == comment.ArticleId && x.Number == comment.ParagraphNumber).Select(x => x.Text).FirstOrDefaultAsync(cancellationToken);
        var start = text is not null && comment.Quote is not null ? text.IndexOf(comment.Quote, StringComparison.Ordinal) : -1;
        comment.QuoteStart = start >= 0 ? start : null;
        comment.QuoteEnd = start >= 0 ? start + comment.Quote!.Length : null;
        comment.Markdown = state["text"] ?? "";
        comment.Html = Rendering.Markdown.ToSafeHtml(comment.Markdown);
        comment.UpdatedAt = DateTime.UtcNow;
        comment.Version = Guid.NewGuid();
    }

    /// <summary>The state a revision kept before or after its save; revisions made before states were kept are read from their text.</summary>
    public static RecordState? StateOf(Revision revision, bool before)
    {
        if (RevisionData.Parse(revision.Data) is { } data)
        {
            return before ? data.Before : data.After;
        }
        return before ? null : FromText(revision.Snapshot);
    }

    private static RecordState FromText(string snapshot)
    {
        var blank = snapshot.IndexOf("\n\n", StringComparison.Ordinal);
        var head = blank >= 0 ? snapshot[..blank] : snapshot;
        var fields = head.Split('\n').Select(l => l.Split(": ", 2)).Where(p => p.Length == 2)
            .Select(p => new StateField(p[0], p[0] == "aliases" ? p[1].Replace(" · ", "\n", StringComparison.Ordinal) : p[1] is "" ? null : p[1])).ToList();
        if (blank >= 0)
        {
            fields.Add(new StateField("text", snapshot[(blank + 2)..]));
        }
        return new RecordState(fields);
    }
}
