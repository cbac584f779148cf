using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Web.Model;

public enum EventKind { Visit, Meeting, Sanctions, Election, Agreement, Statement, Release, Appointment, Expulsion, Military, Economic, Other }

/// <summary>Extracted by the import; confirmed or rejected by an editor (a rejected event is kept so re-import does not revive it).</summary>
public enum EventStatus { Extracted, Confirmed, Rejected }

public class Event
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public ArchiveDate? Date { get; set; }
    public string? Place { get; set; }
    public EventKind Kind { get; set; }
    public EventStatus Status { get; set; }
    /// <summary>Set when an editor changed the event; the import then never rewrites it.</summary>
    public bool Curated { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<EventParticipant> Participants { get; set; } = [];
    public List<EventSource> Sources { get; set; } = [];
}

public class EventParticipant
{
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
}

/// <summary>A passage that reports an event: the article, its paragraph and the sentence quoted.</summary>
public class EventSource
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int ParagraphNumber { get; set; }
    public required string Quote { get; set; }
}
