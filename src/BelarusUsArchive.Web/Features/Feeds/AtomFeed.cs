using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Features.Citations;

namespace BelarusUsArchive.Web.Features.Feeds;

/// <summary>
/// Atom 1.0 (RFC 4287) written by System.ServiceModel.Syndication: an entry per article with its permanent
/// address as id, title, updated (when the record last changed), authors (or the outlet, or the archive's
/// name at feed level), a link and a summary. A publication date is given only when it is known to the day.
/// </summary>
public static class AtomFeed
{
    public const string MediaType = "application/atom+xml";

    public sealed record Channel(string Title, string Description, string SelfUrl, string PageUrl);

    public static byte[] Write(Channel channel, IReadOnlyList<FeedArticle> articles, string baseUrl, DateTimeOffset now)
    {
        var feed = new SyndicationFeed(channel.Title, channel.Description, new Uri(channel.PageUrl), channel.SelfUrl,
            articles.Count == 0 ? now : articles.Max(a => Utc(a.UpdatedAt)))
        {
            Generator = CitationContext.ArchiveName,
            Items = [.. articles.Select(a => Entry(a, baseUrl))],
        };
        feed.Authors.Add(new SyndicationPerson { Name = CitationContext.ArchiveName, Uri = baseUrl + "/" });
        feed.Links.Add(new SyndicationLink(new Uri(channel.SelfUrl), "self", channel.Title, MediaType, 0));

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }
        return buffer.ToArray();
    }

    private static SyndicationItem Entry(FeedArticle article, string baseUrl)
    {
        var url = $"{baseUrl}/articles/{article.Slug}";
        var item = new SyndicationItem(article.Title, (SyndicationContent?)null, new Uri(url), url, Utc(article.UpdatedAt))
        {
            Summary = new TextSyndicationContent(Summary(article)),
        };
        if (article.Published is { Precision: DatePrecision.Day, Certainty: DateCertainty.Stated } date)
        {
            item.PublishDate = new DateTimeOffset(date.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }
        foreach (var name in article.Authors.Count > 0 ? article.Authors : article.Outlet is null ? [] : [article.Outlet])
        {
            item.Authors.Add(new SyndicationPerson { Name = name });
        }
        if (article.Outlet is not null)
        {
            item.Categories.Add(new SyndicationCategory(article.Outlet, null, "outlet"));
        }
        return item;
    }

    /// <summary>The subtitle, or the opening paragraph cut at a word near 400 characters.</summary>
    private static string Summary(FeedArticle article)
    {
        var text = article.Subtitle ?? article.FirstParagraph ?? article.Title;
        if (text.Length <= 400)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', 400);
        return text[..(cut > 200 ? cut : 400)].TrimEnd(',', ';', ':') + "…";
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
