using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Web.Features.Citations;

/// <summary>
/// A reference-list entry in Chicago author-date style (17th ed., news and web articles):
/// <c>Fyodorov, Andrei. [2019?]. “Title.” <i>Outlet</i>. URL.</c> A guessed date is bracketed with a question mark;
/// without an author the outlet takes the author's place, and without either the title leads.
/// </summary>
public static class Chicago
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Html(CitedArticle article, CitationContext context) => Build(article, context, HtmlEncoder.Default.Encode, s => $"<i>{HtmlEncoder.Default.Encode(s)}</i>");

    public static string Text(CitedArticle article, CitationContext context) => Build(article, context, s => s, s => s);

    private static string Build(CitedArticle article, CitationContext context, Func<string, string> text, Func<string, string> italic)
    {
        var parts = new List<string>();
        var names = article.Names;
        var title = $"“{Sentence(article.Title)}”";
        var year = Year(article.Published);
        var outletLeads = names.Count == 0 && article.Outlet is not null;
        if (names.Count > 0)
        {
            parts.Add(text(Sentence(Authors(names))));
            parts.Add(text(Sentence(year)));
            parts.Add(text(title));
        }
        else if (outletLeads)
        {
            parts.Add(italic(article.Outlet!) + ".");
            parts.Add(text(Sentence(year)));
            parts.Add(text(title));
        }
        else
        {
            parts.Add(text(title));
            parts.Add(text(Sentence(year)));
        }
        var when = Day(article.Published);
        if (article.Outlet is not null && !outletLeads)
        {
            parts.Add(italic(article.Outlet) + text(when is null ? "." : $", {when}."));
        }
        else if (when is not null)
        {
            parts.Add(text(when + "."));
        }
        parts.Add(text($"Accessed {context.Accessed.ToString("MMMM d, yyyy", English)}."));
        parts.Add(text(article.Url(context) + "."));
        return string.Join(' ', parts);
    }

    /// <summary>"Galperovich, Danila, and Todd Prince"; three or more are separated by commas.</summary>
    private static string Authors(IReadOnlyList<CitedName> names)
    {
        if (names.Count == 1)
        {
            return names[0].Inverted;
        }
        var builder = new StringBuilder(names[0].Inverted);
        for (var i = 1; i < names.Count; i++)
        {
            builder.Append(i == names.Count - 1 ? ", and " : ", ").Append(names[i].Natural);
        }
        return builder.ToString();
    }

    /// <summary>The year after the author: "2019", "[2019?]" for a guess, "[2010s?]" for a decade, "n.d." when unknown.</summary>
    public static string Year(ArchiveDate? date) => date switch
    {
        null => "n.d.",
        { Precision: DatePrecision.Decade } => $"[{date.Start.Year}s?]",
        { Certainty: DateCertainty.Stated } => date.Start.Year.ToString(CultureInfo.InvariantCulture),
        _ => $"[{date.Start.Year}?]",
    };

    /// <summary>The fuller date after the outlet, at the precision known: "November 21, 2019", "November 2019"; none for a bare year.</summary>
    private static string? Day(ArchiveDate? date)
    {
        var shown = date?.Precision switch
        {
            DatePrecision.Day => date.Start.ToString("MMMM d, yyyy", English),
            DatePrecision.Month => date.Start.ToString("MMMM yyyy", English),
            _ => null,
        };
        return shown is null || date!.Certainty == DateCertainty.Stated ? shown : shown + "?";
    }

    /// <summary>Ends a sentence with a period unless it already ends with one, a question or an exclamation mark.</summary>
    private static string Sentence(string s) => s.TrimEnd() is var t && (t.EndsWith('.') || t.EndsWith('?') || t.EndsWith('!')) ? t : t + ".";
}
