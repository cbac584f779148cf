using System.Text.Json;
using BelarusUsArchive.Text.Dates;

namespace BelarusUsArchive.Web.Features.Citations;

/// <summary>
/// CSL-JSON items (the input format of citeproc processors, Zotero and Pandoc), written field by field so
/// nothing outside the CSL data schema appears. Partial dates have as many date-parts as are known, a guess
/// sets <c>circa</c>, a decade is a range of years; an item without author is left without one, so styles
/// substitute the title or outlet as they are written to.
/// </summary>
public static class CslJson
{
    public static void Write(Utf8JsonWriter json, CitedArticle article, CitationContext context)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Slug);
        json.WriteString("type", RecordType.Of(article).Csl);
        json.WriteString("title", article.Title);
        if (article.Names.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var name in article.Names)
            {
                json.WriteStartObject();
                if (name.IsLiteral)
                {
                    json.WriteString("literal", name.Family);
                }
                else
                {
                    json.WriteString("family", name.Family);
                    json.WriteString("given", name.Given);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (article.Outlet is not null)
        {
            json.WriteString("container-title", article.Outlet);
            json.WriteString("publisher", article.Outlet);
        }
        if (article.Published is { } date)
        {
            json.WritePropertyName("issued");
            Issued(json, date);
        }
        json.WriteString("URL", article.Url(context));
        json.WritePropertyName("accessed");
        json.WriteStartObject();
        json.WritePropertyName("date-parts");
        Parts(json, [[context.Accessed.Year, context.Accessed.Month, context.Accessed.Day]]);
        json.WriteEndObject();
        json.WriteString("language", article.Language);
        json.WriteString("archive", CitationContext.ArchiveName);
        json.WriteString("archive_location", context.ArchiveUrl(article.Slug));
        json.WriteString("note", BibTex.Note(article, context));
        json.WriteEndObject();
    }

    private static void Issued(Utf8JsonWriter json, ArchiveDate date)
    {
        json.WriteStartObject();
        json.WritePropertyName("date-parts");
        Parts(json, date.Precision switch
        {
            DatePrecision.Day => [[date.Start.Year, date.Start.Month, date.Start.Day]],
            DatePrecision.Month => [[date.Start.Year, date.Start.Month]],
            DatePrecision.Year => [[date.Start.Year]],
            _ => [[date.Start.Year], [date.End.Year]],
        });
        if (date.Certainty != DateCertainty.Stated || date.Precision == DatePrecision.Decade)
        {
            json.WriteBoolean("circa", true);
        }
        json.WriteEndObject();
    }

    private static void Parts(Utf8JsonWriter json, int[][] parts)
    {
        json.WriteStartArray();
        foreach (var part in parts)
        {
            json.WriteStartArray();
            foreach (var n in part)
            {
                json.WriteNumberValue(n);
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }
}
