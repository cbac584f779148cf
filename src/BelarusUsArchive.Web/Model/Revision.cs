namespace BelarusUsArchive.Web.Model;

/// <summary>
/// One saved state of an editable record (commentary, an article's corrected metadata, a person, an event),
/// kept at every save so that any two can be compared and an old one restored.
/// </summary>
public class Revision
{
    public int Id { get; set; }
    /// <summary>"commentary", "article", "person" or "event".</summary>
    public required string EntityType { get; set; }
    public int EntityId { get; set; }
    /// <summary>The record as a reader of the history needs it: a readable text, one field per line.</summary>
    public required string Snapshot { get; set; }
    /// <summary>The record as it stood before this save, in the same readable form; null for a record this save created.</summary>
    public string? Before { get; set; }
    /// <summary>
    /// The states before and after as fields, and what a structural act moved (a merge's mentions, a rejection's
    /// unlinked mentions), as JSON (<c>RevisionData</c>): what a restore needs to put the record back.
    /// </summary>
    public string? Data { get; set; }
    public required string Summary { get; set; }
    public required string UserName { get; set; }
    public DateTime CreatedAt { get; set; }
}
