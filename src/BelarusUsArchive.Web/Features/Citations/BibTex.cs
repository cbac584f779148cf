using System.Globalization;
using System.Text;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Web.Features.Citations;

/// <summary>
/// BibTeX entries in UTF-8, for biber/biblatex and for reference managers (Zotero, JabRef).
/// Family names are braced so that BibTeX never takes a non-ASCII initial for a lower-case "von" part,
/// titles are double-braced so styles keep their capitals, and both the classic fields (year, month)
/// and biblatex's EDTF <c>date</c> (which keeps "?" for uncertain dates) are written.
/// </summary>
public static class BibTex
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static string Entry(CitedArticle article, CitationContext context, string key)
    {
        var fields = new List<(string Name, string Value)>();
        if (article.Names.Count > 0)
        {
            fields.Add(("author", "{" + string.Join(" and ", article.Names.Select(Name)) + "}"));
        }
        else
        {
            // Sorting and labels fall back to the key field when there is no author.
            fields.Add(("key", Braced(article.Outlet ?? article.Title)));
        }
        fields.Add(("title", "{" + Braced(article.Title) + "}"));
        if (article.Outlet is not null)
        {
            fields.Add(("organization", Braced(article.Outlet)));
        }
        if (article.Published is { } date)
        {
            if (date.Precision != DatePrecision.Decade)
            {
                fields.Add(("year", "{" + date.Start.Year.ToString(CultureInfo.InvariantCulture) + "}"));
            }
            if (date.Precision is DatePrecision.Day or DatePrecision.Month)
            {
                fields.Add(("month", Months[date.Start.Month - 1]));
            }
            fields.Add(("date", "{" + date.Edtf + "}"));
        }
        fields.Add(("url", "{" + Url(article.Url(context)) + "}"));
        fields.Add(("urldate", "{" + context.Accessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "}"));
        fields.Add(("langid", "{" + Language(article.Language) + "}"));
        fields.Add(("note", Braced(Note(article, context))));

        var builder = new StringBuilder();
        builder.Append('@').Append(RecordType.Of(article).Biblatex).Append('{').Append(key).Append(",\n");
        foreach (var (name, value) in fields)
        {
            builder.Append("  ").Append(name).Append(" = ").Append(value).Append(",\n");
        }
        return builder.Append("}\n").ToString();
    }

    private static string Name(CitedName name) => name.IsLiteral
        ? "{" + Escape(name.Family) + "}"
        : "{" + Escape(name.Family) + "}, " + Escape(name.Given!);

    private static string Braced(string value) => "{" + Escape(value) + "}";

    /// <summary>Escapes LaTeX's special characters; UTF-8 letters stay as they are.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\r' or '\n' => " ",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>URLs are verbatim in biblatex; only braces and backslashes would break the entry, so they are percent-encoded.</summary>
    private static string Url(string url) => url.Replace("\\", "%5C", StringComparison.Ordinal)
        .Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);

    private static string Language(string code) =>
        CultureInfo.GetCultures(CultureTypes.NeutralCultures).FirstOrDefault(c => c.TwoLetterISOLanguageName == code)?.EnglishName.ToLowerInvariant() ?? code;

    internal static string Note(CitedArticle article, CitationContext context)
    {
        var notes = new List<string>();
        if (article.Published is { Certainty: not DateCertainty.Stated } date)
        {
            notes.Add(date.Source == DateSource.Inference
                ? $"Publication date inferred from the text ({date.Edtf})"
                : $"Publication date uncertain ({date.Edtf})");
        }
        else if (article.Published is null)
        {
            notes.Add("Publication date unknown");
        }
        notes.Add($"Text from the {CitationContext.ArchiveName}, {context.ArchiveUrl(article.Slug)}");
        return string.Join("; ", notes);
    }
}
