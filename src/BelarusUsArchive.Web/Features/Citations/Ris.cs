using System.Globalization;
using System.Text;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Web.Features.Citations;

/// <summary>
/// RIS records (UTF-8, CRLF line endings, "TAG  - value"), TY first and ER last, as EndNote, Zotero and Mendeley read them.
/// The type is <see cref="RecordType"/>'s (ELEC, so that AU is read as the author); the outlet is the website (T2) and its publisher (PB).
/// Dates are written at their own precision (DA 2019/11//); an uncertain one is said so in N1.
/// </summary>
public static class Ris
{
    public static string Record(CitedArticle article, CitationContext context)
    {
        var builder = new StringBuilder();
        void Tag(string tag, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                builder.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");
            }
        }
        Tag("TY", RecordType.Of(article).Ris);
        Tag("ID", article.Key());
        foreach (var name in article.Names)
        {
            Tag("AU", name.Inverted);
        }
        Tag("TI", article.Title);
        Tag("T2", article.Outlet);
        Tag("PB", article.Outlet);
        if (article.Published is { } date)
        {
            Tag("PY", date.Start.Year.ToString("D4", CultureInfo.InvariantCulture));
            Tag("DA", Date(date));
        }
        Tag("UR", article.Url(context));
        Tag("Y2", context.Accessed.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Tag("LA", article.Language);
        Tag("DB", CitationContext.ArchiveName);
        Tag("N1", BibTex.Note(article, context));
        builder.Append("ER  - \r\n");
        return builder.ToString();
    }

    /// <summary>RIS dates are YYYY/MM/DD/other with the unknown parts left empty.</summary>
    private static string Date(ArchiveDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Start.ToString("yyyy/MM/dd/", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.Start.ToString("yyyy/MM//", CultureInfo.InvariantCulture),
        _ => date.Start.ToString("yyyy///", CultureInfo.InvariantCulture),
    };

    private static string OneLine(string value) => value.ReplaceLineEndings(" ").Trim();
}
