namespace BelarusUsArchive.Web.Model;

public enum CommentaryStatus { Draft, Published }

/// <summary>An editor's Markdown note on an article, a paragraph, or a quoted passage of one.</summary>
public class Commentary
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int? ParagraphNumber { get; set; }
    public string? Quote { get; set; }
    public int? QuoteStart { get; set; }
    public int? QuoteEnd { get; set; }
    public required string Markdown { get; set; }
    public required string Html { get; set; }
    public required string AuthorName { get; set; }
    public string? AuthorUserId { get; set; }
    public CommentaryStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
