using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Editor.History;

/// <summary>
/// Keeps a revision of a record at every save: the states before and after (readable, one field per line, and as
/// fields a restore can put back) and what a structural act moved.
/// </summary>
public static class RevisionLog
{
    public static Revision Record(ArchiveDb db, string entityType, int entityId, string summary, string userName, RevisionData data) =>
        db.Revisions.Add(new Revision
        {
            EntityType = entityType,
            EntityId = entityId,
            Summary = summary.Length > 400 ? summary[..399] + "…" : summary,
            UserName = userName,
            CreatedAt = DateTime.UtcNow,
            Snapshot = data.After.Readable(),
            Before = data.Before?.Readable(),
            Data = data.ToJson(),
        }).Entity;

    /// <summary>An article an editor added: its first revision, so that its history starts with the state the editor saved.</summary>
    public static async Task RecordAddedAsync(HttpContext http, ArchiveDb db, string slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Include(a => a.Outlet).Include(a => a.Authors).ThenInclude(x => x.Author).AsSplitQuery()
            .SingleAsync(a => a.Slug == slug, cancellationToken);
        var user = await http.RequestServices.GetRequiredService<UserManager<EditorUser>>().GetUserAsync(http.User);
        Record(db, "article", article.Id, $"Added “{article.Title}”", user?.Shown ?? "?", new RevisionData(null, State(article)));
        await db.SaveChangesAsync(cancellationToken);
    }

    public static RecordState State(Model.Commentary c) =>
        new(("status", c.Status.ToString()), ("paragraph", c.ParagraphNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("quote", c.Quote), ("text", c.Markdown));

    public static RecordState State(Person p) =>
        new(("name", p.Name), ("status", p.Status.ToString()), ("country", p.Country), ("description", p.Description),
            ("aliases", string.Join('\n', p.Aliases.Select(a => a.Text).Order(StringComparer.Ordinal))));

    /// <summary>An event's state; its participants must be loaded with their people (kept by name to read, by id to restore).</summary>
    public static RecordState State(Event e) =>
        new(("title", e.Title), ("date", e.Date?.Edtf), ("place", e.Place), ("kind", e.Kind.ToString()), ("status", e.Status.ToString()),
            ("participants", string.Join('\n', e.Participants.Select(p => p.Person?.Name ?? $"#{p.PersonId}").Order(StringComparer.Ordinal))),
            ("~participant ids", string.Join(',', e.Participants.Select(p => p.PersonId).Order())));

    /// <summary>An article's corrected metadata; its authors and outlet must be loaded.</summary>
    public static RecordState State(Article a) =>
        new(("title", a.Title), ("subtitle", a.Subtitle), ("authors", string.Join(", ", a.Authors.OrderBy(x => x.Order).Select(x => x.Author!.Name))),
            ("outlet", a.Outlet?.Name), ("published", a.Published?.Edtf), ("source", a.SourceUrl), ("~date source", a.Published?.Source.ToString()), ("~corrected", a.CorrectedFields));
}
