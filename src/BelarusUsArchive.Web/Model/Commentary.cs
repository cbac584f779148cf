namespace BelarusUsArchive.Web.Model;

public enum CommentaryStatus { Draft, Published }

/// <summary>An editor's Markdown note on an article, a paragraph, or a quoted passage of one; or a reply to another note.</summary>
public class Commentary
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int? ParagraphNumber { get; set; }
    public string? Quote { get; set; }
    public int? QuoteStart { get; set; }
    public int? QuoteEnd { get; set; }
    /// <summary>The note this one replies to; a reply has no anchor of its own and is shown under its parent.</summary>
    public int? ParentId { get; set; }
    public Commentary? Parent { get; set; }
    public required string Markdown { get; set; }
    public required string Html { get; set; }
    public required string AuthorName { get; set; }
    public string? AuthorUserId { get; set; }
    public CommentaryStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
