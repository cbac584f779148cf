using System.Globalization;
using BelarusUsArchive.Text;
using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Features.Articles;

namespace BelarusUsArchive.Web.Features.Citations;

/// <summary>What a reference needs of an article. The subtitle is left out on purpose: the parser's
/// subtitles are standfirsts (a sentence of summary), which reference managers would glue to the title.</summary>
public sealed record CitedArticle(string Slug, string Title, IReadOnlyList<string> Authors, string? Outlet, ArchiveDate? Published, string? SourceUrl, string Language)
{
    public static CitedArticle From(ArticleDetails article) => new(
        article.Summary.Slug, article.Summary.Title, [.. article.Summary.Authors.Select(a => a.Name)],
        article.Summary.Outlet?.Name, article.Summary.Published, article.SourceUrl, article.Language);

    /// <summary>The publication's own address where the source gave one, else the archive's copy.</summary>
    /// <summary>The source's own address where it is a web address, else the archive's copy (a javascript: URL never reaches a reference manager).</summary>
    public string Url(CitationContext context) => BelarusUsArchive.Web.Import.Sidecar.IsWebUrl(SourceUrl) ? SourceUrl! : context.ArchiveUrl(Slug);

    public IReadOnlyList<CitedName> Names => [.. Authors.Select(CitedName.Parse)];

    /// <summary>A stable ASCII key such as <c>fyodorov2019belarusian</c>: first author (or outlet), year, first title word.</summary>
    public string Key()
    {
        var who = Names.FirstOrDefault()?.Family ?? Outlet ?? "anon";
        var year = Published is null ? "nd" : Published.Start.Year.ToString(CultureInfo.InvariantCulture);
        var word = Slugs.From(Title).Split('-').FirstOrDefault(w => w.Length > 3 && !StopWords.Contains(w)) ?? "untitled";
        return Slugs.From(who).Replace("-", "", StringComparison.Ordinal) + year + word;
    }

    private static readonly HashSet<string> StopWords = ["what", "when", "where", "which", "with", "from", "that", "this", "their", "there"];
}

/// <summary>Where and when the reference is made: the archive's base address and the access date.</summary>
public sealed record CitationContext(string BaseUrl, DateOnly Accessed)
{
    public const string ArchiveName = "Belarus–US Policy Archive";

    public string ArchiveUrl(string slug) => $"{BaseUrl.TrimEnd('/')}/articles/{slug}";

    public static CitationContext For(HttpContext http, TimeProvider clock) => new(
        $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}",
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
}

/// <summary>A personal name split as reference managers store it: family name (with any lower-case particle such as "van") and given names.
/// A one-word name (an organisation, a pseudonym) stays whole.</summary>
public sealed record CitedName(string? Given, string Family, bool IsLiteral)
{
    public static CitedName Parse(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return new CitedName(null, name.Trim(), true);
        }
        var familyStart = parts.Length - 1;
        while (familyStart > 1 && char.IsLower(parts[familyStart - 1][0]))
        {
            familyStart--;
        }
        return new CitedName(string.Join(' ', parts[..familyStart]), string.Join(' ', parts[familyStart..]), false);
    }

    /// <summary>"Fyodorov, Andrei" (inverted, for the first name of a list and for RIS).</summary>
    public string Inverted => Given is null ? Family : $"{Family}, {Given}";

    /// <summary>"Andrei Fyodorov".</summary>
    public string Natural => Given is null ? Family : $"{Given} {Family}";
}
