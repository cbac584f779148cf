namespace BelarusUsArchive.Web.Features.Citations;

/// <summary>
/// The one kind of record an article is, named in each vocabulary that describes it, so that a reference manager
/// reading the BibTeX, the RIS, the CSL-JSON or the page's embedded metadata files it the same way.
/// Every article in the archive is a text published on the web by an outlet (or by nobody named): a web page in
/// CSL, <c>ELEC</c> in RIS (whose <c>NEWS</c> type reads <c>AU</c> as a reporter, not an author), biblatex's
/// <c>@online</c>, and schema.org's <c>Article</c>. The outlet is the publisher in each.
/// </summary>
public sealed record RecordType(string Csl, string Ris, string Biblatex, string SchemaOrg, string Coins)
{
    public static RecordType WebArticle { get; } = new("webpage", "ELEC", "online", "Article", "webpage");

    public static RecordType Of(CitedArticle article) => WebArticle;
}
