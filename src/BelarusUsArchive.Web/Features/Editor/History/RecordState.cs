using System.Text.Json;
using System.Text.Json.Serialization;

namespace BelarusUsArchive.Web.Features.Editor.History;

/// <summary>One field of a record's state as an editor reads and restores it.</summary>
public sealed record StateField(string Name, string? Value);

/// <summary>
/// A record's editable state, field by field in a fixed order: what a revision keeps before and after a save, what a
/// restore puts back, and what the conflict page and the restore confirmation compare.
/// </summary>
[method: JsonConstructor]
public sealed record RecordState(IReadOnlyList<StateField> Fields)
{
    public RecordState(params (string Name, string? Value)[] fields) : this([.. fields.Select(f => new StateField(f.Name, f.Value))])
    {
    }

    public string? this[string name] => Fields.FirstOrDefault(f => f.Name == name)?.Value;

    /// <summary>
    /// One field per line; a "text" field (commentary's Markdown) after a blank line; a list's lines joined with " · ".
    /// Bookkeeping fields (named with a leading "~", such as where a date came from) are kept for a restore, not shown.
    /// </summary>
    public string Readable() => string.Join('\n', Fields.Where(f => !IsBookkeeping(f.Name)).Select(f => f.Name == "text" ? "\n" + f.Value : $"{f.Name}: {f.Value?.Replace("\n", " · ", StringComparison.Ordinal)}"));

    /// <summary>The fields the other state holds whose values differ in it, with both values.</summary>
    public IReadOnlyList<(string Name, string? From, string? To)> Changes(RecordState to) =>
        [.. Fields.Where(f => to.Fields.Any(t => t.Name == f.Name)).Select(f => (f.Name, From: f.Value, To: to[f.Name])).Where(c => (c.From ?? "") != (c.To ?? ""))];

    public static bool IsBookkeeping(string name) => name.StartsWith('~');
}

/// <summary>A mention an act unlinked (a rejection): enough to link it again.</summary>
public sealed record MentionRow(int ArticleId, int ParagraphId, int Offset, int Length, string Surface);

/// <summary>A person's role, kept when a merge removes the person so that undoing the merge brings it back.</summary>
public sealed record RoleRow(string Title, string? Organization, string? From, string? To, string? Source, int? SourceParagraphId);

/// <summary>What merging one person into another moved: the rows to move back when the merge is undone.</summary>
public sealed record MergeMoves(int IntoId, string IntoSlug, string IntoName, string Slug, bool Curated, IReadOnlyList<int> Mentions, IReadOnlyList<int> Authors,
    IReadOnlyList<int> MovedEvents, IReadOnlyList<int> SharedEvents, IReadOnlyList<string> BroughtAliases, IReadOnlyList<RoleRow> Roles);

/// <summary>A passage that reports an event, kept when a merge or a split moves or drops it.</summary>
public sealed record SourceRow(int Id, int ArticleId, int ParagraphNumber, string Quote);

/// <summary>
/// What merging an event into another ("merge": this event went) or splitting one ("split": a new event took part of it)
/// moved: the passages and participants to put back when the act is undone.
/// </summary>
public sealed record EventMoves(string Act, int OtherId, string OtherSlug, string OtherTitle, string Slug, bool Curated, string? Description,
    IReadOnlyList<SourceRow> MovedSources, IReadOnlyList<SourceRow> DroppedSources, IReadOnlyList<int> MovedPeople, IReadOnlyList<int> SharedPeople)
{
    public const string Merged = "merge";
    public const string Split = "split";
}

/// <summary>A revision's machine-readable part (<see cref="Model.Revision.Data"/>).</summary>
public sealed record RevisionData(RecordState? Before, RecordState After, IReadOnlyList<MentionRow>? Unlinked = null, MergeMoves? Merge = null, EventMoves? Events = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RevisionData? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<RevisionData>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A state carried through a confirmation form (what the editor saw), for the "yours" side of a conflict.</summary>
public static class RecordStateForm
{
    public static string Write(RecordState state) => JsonSerializer.Serialize(state);

    /// <summary>The state the form carried; an empty one when it carried none or a broken one.</summary>
    public static RecordState Parse(string? json)
    {
        try
        {
            return string.IsNullOrEmpty(json) || JsonSerializer.Deserialize<RecordState>(json) is not { Fields: not null } state ? new RecordState() : state;
        }
        catch (JsonException)
        {
            return new RecordState();
        }
    }
}
