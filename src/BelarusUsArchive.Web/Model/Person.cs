using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Web.Model;

/// <summary>Confirmed by the people file or an editor; a candidate found in the texts; or a name an editor rejected (kept so it is not found again).</summary>
public enum PersonStatus { Confirmed, Candidate, Rejected }

public enum AliasScript { Latin, Cyrillic }

public enum AliasKind { Canonical, Romanization, ShortForm, Initials, Native }

public class Person
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? Country { get; set; }
    public PersonStatus Status { get; set; }
    /// <summary>Set when an editor curated the record; the people file and the import then leave it alone.</summary>
    public bool Curated { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<PersonAlias> Aliases { get; set; } = [];
    public List<PersonRole> Roles { get; set; } = [];
    public List<Mention> Mentions { get; set; } = [];
}

public class PersonAlias
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public required string Text { get; set; }
    public AliasScript Script { get; set; }
    public AliasKind Kind { get; set; }
    /// <summary>The folded key under which spellings of one name meet (Lukashenka, Lukashenko, Лукашэнка).</summary>
    public required string Key { get; set; }
}

public class PersonRole
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public required string Title { get; set; }
    public string? Organization { get; set; }
    public ArchiveDate? From { get; set; }
    public ArchiveDate? To { get; set; }
    /// <summary>The passage that states the role, quoted.</summary>
    public string? Source { get; set; }
    public int? SourceParagraphId { get; set; }
}

/// <summary>One occurrence of a person in a paragraph, at a character offset, as spelled there.</summary>
public class Mention
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int ParagraphId { get; set; }
    public Paragraph? Paragraph { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public int Offset { get; set; }
    public int Length { get; set; }
    public required string Surface { get; set; }
}
