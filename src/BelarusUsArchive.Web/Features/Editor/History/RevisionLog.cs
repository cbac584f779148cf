using BelarusUsArchive.Web.Data;
using BelarusUsArchive.Web.Model;

namespace BelarusUsArchive.Web.Features.Editor.History;

/// <summary>Keeps a revision of a record at every save, as readable text, one field per line.</summary>
public static class RevisionLog
{
    public static void Record(ArchiveDb db, string entityType, int entityId, string summary, string userName, params (string Field, string? Value)[] fields) =>
        db.Revisions.Add(new Revision
        {
            EntityType = entityType,
            EntityId = entityId,
            Summary = summary.Length > 400 ? summary[..399] + "…" : summary,
            UserName = userName,
            CreatedAt = DateTime.UtcNow,
            Snapshot = string.Join('\n', fields.Select(f => f.Field == "text" ? "\n" + f.Value : $"{f.Field}: {f.Value}")),
        });

    public static string Snapshot(Model.Commentary c) =>
        $"status: {c.Status}\nparagraph: {c.ParagraphNumber}\nquote: {c.Quote}\n\n{c.Markdown}";
}
