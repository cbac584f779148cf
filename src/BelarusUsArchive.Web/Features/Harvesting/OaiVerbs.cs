using System.Xml;
using BelarusUsArchive.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Features.Harvesting;

/// <summary>The six verbs, each reading what it needs and returning the writer of its answer (or of its errors).</summary>
public sealed class OaiVerbs(ArchiveDb db, OaiXml oai, int pageSize, CancellationToken ct)
{
    private static Action<XmlWriter> Error(string code, string message) => xml => OaiXml.Errors(xml, [new OaiError(code, message)]);

    public async Task<Action<XmlWriter>> IdentifyAsync()
    {
        var earliest = await db.Articles.AsNoTracking().OrderBy(a => a.UpdatedAt).Select(a => (DateTime?)a.UpdatedAt).FirstOrDefaultAsync(ct);
        return xml =>
        {
            xml.WriteStartElement("Identify", OaiXml.Namespace);
            xml.WriteElementString("repositoryName", OaiXml.Namespace, Citations.CitationContext.ArchiveName);
            xml.WriteElementString("baseURL", OaiXml.Namespace, oai.OaiUrl);
            xml.WriteElementString("protocolVersion", OaiXml.Namespace, "2.0");
            xml.WriteElementString("adminEmail", OaiXml.Namespace, "archive@example.org");
            xml.WriteElementString("earliestDatestamp", OaiXml.Namespace, OaiXml.Datestamp(earliest ?? new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
            xml.WriteElementString("deletedRecord", OaiXml.Namespace, "no");
            xml.WriteElementString("granularity", OaiXml.Namespace, "YYYY-MM-DDThh:mm:ssZ");
            xml.WriteEndElement();
        };
    }

    public async Task<Action<XmlWriter>> ListMetadataFormatsAsync(OaiRequest request)
    {
        if (request.Identifier is { } identifier && await FindAsync(identifier) is null)
        {
            return Error("idDoesNotExist", $"No record has the identifier '{identifier}'.");
        }
        return xml =>
        {
            xml.WriteStartElement("ListMetadataFormats", OaiXml.Namespace);
            xml.WriteStartElement("metadataFormat", OaiXml.Namespace);
            xml.WriteElementString("metadataPrefix", OaiXml.Namespace, OaiRequest.DublinCore);
            xml.WriteElementString("schema", OaiXml.Namespace, "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
            xml.WriteElementString("metadataNamespace", OaiXml.Namespace, OaiXml.OaiDcNamespace);
            xml.WriteEndElement();
            xml.WriteEndElement();
        };
    }

    public async Task<Action<XmlWriter>> ListSetsAsync()
    {
        var sets = await OaiSets.AllAsync(db, ct);
        return xml =>
        {
            xml.WriteStartElement("ListSets", OaiXml.Namespace);
            foreach (var set in sets)
            {
                xml.WriteStartElement("set", OaiXml.Namespace);
                xml.WriteElementString("setSpec", OaiXml.Namespace, set.Spec);
                xml.WriteElementString("setName", OaiXml.Namespace, set.Name);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        };
    }

    public async Task<Action<XmlWriter>> GetRecordAsync(OaiRequest request)
    {
        if (await FindAsync(request.Identifier!) is not { } item)
        {
            return Error("idDoesNotExist", $"No record has the identifier '{request.Identifier}'.");
        }
        return xml =>
        {
            xml.WriteStartElement("GetRecord", OaiXml.Namespace);
            oai.Record(xml, item);
            xml.WriteEndElement();
        };
    }

    /// <summary>ListIdentifiers and ListRecords: a page in id order and, while more remain, a token for the next.</summary>
    public async Task<Action<XmlWriter>> ListAsync(OaiRequest request, bool withRecords)
    {
        var selected = OaiReads.Selected(db, request);
        var total = await selected.CountAsync(ct);
        var page = await OaiReads.PageAsync(db, selected, request.AfterId, pageSize, ct);
        if (page.Count == 0)
        {
            return request.Token is null
                ? Error("noRecordsMatch", "No record matches these arguments.")
                : Error("badResumptionToken", "The resumption token points past the end of the list.");
        }
        var cursor = request.Cursor;
        var next = cursor + page.Count < total ? request.NextToken(page[^1].Id, cursor + page.Count) : null;
        return xml =>
        {
            xml.WriteStartElement(withRecords ? "ListRecords" : "ListIdentifiers", OaiXml.Namespace);
            foreach (var item in page)
            {
                (withRecords ? (Action<XmlWriter, OaiItem>)oai.Record : oai.Header)(xml, item);
            }
            if (request.Token is not null || next is not null)
            {
                // The last page of a resumed list carries an empty token, which says the list is complete.
                xml.WriteStartElement("resumptionToken", OaiXml.Namespace);
                xml.WriteAttributeString("completeListSize", total.ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("cursor", cursor.ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteString(next ?? "");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        };
    }

    private async Task<OaiItem?> FindAsync(string identifier) =>
        oai.Slug(identifier) is { } slug ? await OaiReads.BySlugAsync(db, slug, ct) : null;
}
