namespace BelarusUsArchive.Web.Model;

/// <summary>
/// An article page as an anonymous reader sees it, rendered ahead and kept (Features/Articles/KeptPages): served as
/// stored bytes instead of being rendered per request. The store's triggers delete it when anything the page shows
/// changes; a row without <see cref="Html"/> is a render in progress, its <see cref="Token"/> saying whose.
/// </summary>
public class KeptArticlePage
{
    public int ArticleId { get; set; }
    /// <summary>The page's HTML, gzip-compressed; null while it is being rendered.</summary>
    public byte[]? Html { get; set; }
    /// <summary>Set when a render starts; the render is kept only if its row still holds the same token, so a change
    /// made during the render (its row deleted by a trigger) is never hidden by what was read before it.</summary>
    public long Token { get; set; }
    public DateTime? RenderedAt { get; set; }
}
