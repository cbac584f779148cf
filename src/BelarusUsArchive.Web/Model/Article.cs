using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Web.Model;

public class Article
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string? Subtitle { get; set; }
    public int? OutletId { get; set; }
    public Outlet? Outlet { get; set; }
    public ArchiveDate? Published { get; set; }
    /// <summary>A page-update stamp the source carried; kept for the record, never shown as the publication date.</summary>
    public DateOnly? PageUpdated { get; set; }
    public string Language { get; set; } = "en";
    /// <summary>
    /// The import's key: the file's path below the folder it was imported from ("000.txt", "site-a/2019/x.html"),
    /// or its name when the file itself was named.
    /// </summary>
    public required string SourceFile { get; set; }
    public string? SourceUrl { get; set; }
    public required string ContentHash { get; set; }
    /// <summary>The extractor version (<c>ArticleExtractor.Version</c>) that made this record; an import re-extracts older ones.</summary>
    public int ExtractorVersion { get; set; }
    /// <summary>Where each extracted field came from (text, sidecar, inference), as JSON.</summary>
    public string FieldSources { get; set; } = "{}";
    /// <summary>Fields an editor corrected, comma-separated; a re-import never overwrites them.</summary>
    public string CorrectedFields { get; set; } = "";
    public DateTime ImportedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<Paragraph> Paragraphs { get; set; } = [];
    public List<ArticleAuthor> Authors { get; set; } = [];
    public List<Mention> Mentions { get; set; } = [];
    public List<Commentary> Commentary { get; set; } = [];

    public bool IsCorrected(string field) => CorrectedFields.Split(',').Contains(field, StringComparer.OrdinalIgnoreCase);
}

public class Paragraph
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    /// <summary>1-based position in the article: the page anchors it as #p{Number}.</summary>
    public int Number { get; set; }
    public ParagraphKind Kind { get; set; }
    public required string Text { get; set; }
    /// <summary>Footnote references of the source as JSON [{"offset":n,"label":"1"}].</summary>
    public string? Notes { get; set; }
}

public enum ParagraphKind { Paragraph, Heading, Caption, Quote, ListItem, Note }

public class Author
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string? Bio { get; set; }
    public string? Affiliation { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public List<ArticleAuthor> Articles { get; set; } = [];
}

public class ArticleAuthor
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int AuthorId { get; set; }
    public Author? Author { get; set; }
    public int Order { get; set; }
}

public class Outlet
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string? Url { get; set; }
    public List<Article> Articles { get; set; } = [];
}
