using System.Globalization;
using System.Text;
using System.Xml;
using BelarusUsArchive.Web.Features.Citations;

namespace BelarusUsArchive.Web.Features.Harvesting;

/// <summary>Writes OAI-PMH 2.0 responses: the envelope (responseDate, request) around a verb's answer or its errors.</summary>
public sealed class OaiXml(string baseUrl, string repositoryId)
{
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/";
    public const string DcNamespace = "http://purl.org/dc/elements/1.1/";
    public const string OaiDcNamespace = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public string OaiUrl => baseUrl.TrimEnd('/') + "/oai";

    public string Identifier(string slug) => $"oai:{repositoryId}:{slug}";

    /// <summary>The slug an identifier of this repository names, or null.</summary>
    public string? Slug(string identifier) => identifier.StartsWith($"oai:{repositoryId}:", StringComparison.Ordinal)
        ? identifier[($"oai:{repositoryId}:".Length)..] : null;

    public static string Datestamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The document; <paramref name="requestAttributes"/> are echoed unless the request was malformed (badVerb, badArgument).</summary>
    public string Write(DateTime now, IEnumerable<KeyValuePair<string, string>> requestAttributes, Action<XmlWriter> body)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("OAI-PMH", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
            xml.WriteAttributeString("schemaLocation", Xsi, Namespace + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            xml.WriteElementString("responseDate", Namespace, Datestamp(now));
            xml.WriteStartElement("request", Namespace);
            foreach (var (name, value) in requestAttributes)
            {
                xml.WriteAttributeString(name, value);
            }
            xml.WriteString(OaiUrl);
            xml.WriteEndElement();
            body(xml);
            xml.WriteEndElement();
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    public static void Errors(XmlWriter xml, IEnumerable<OaiError> errors)
    {
        foreach (var error in errors)
        {
            xml.WriteStartElement("error", Namespace);
            xml.WriteAttributeString("code", error.Code);
            xml.WriteString(error.Message);
            xml.WriteEndElement();
        }
    }

    public void Header(XmlWriter xml, OaiItem item)
    {
        xml.WriteStartElement("header", Namespace);
        xml.WriteElementString("identifier", Namespace, Identifier(item.Slug));
        xml.WriteElementString("datestamp", Namespace, Datestamp(item.UpdatedAt));
        foreach (var set in item.Sets())
        {
            xml.WriteElementString("setSpec", Namespace, set);
        }
        xml.WriteEndElement();
    }

    public void Record(XmlWriter xml, OaiItem item)
    {
        xml.WriteStartElement("record", Namespace);
        Header(xml, item);
        xml.WriteStartElement("metadata", Namespace);
        DublinCore(xml, item);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>oai_dc: the names as the citations write them, the date in W3CDTF at its own precision, the people as subjects.</summary>
    private void DublinCore(XmlWriter xml, OaiItem item)
    {
        xml.WriteStartElement("oai_dc", "dc", OaiDcNamespace);
        xml.WriteAttributeString("xmlns", "dc", null, DcNamespace);
        xml.WriteAttributeString("schemaLocation", Xsi, OaiDcNamespace + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        void Dc(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                xml.WriteElementString("dc", name, DcNamespace, value);
            }
        }
        Dc("title", item.Title);
        foreach (var author in item.Authors)
        {
            Dc("creator", CitedName.Parse(author).Inverted);
        }
        foreach (var person in item.People)
        {
            Dc("subject", person);
        }
        Dc("publisher", item.Outlet);
        Dc("date", item.Published is null ? null : EmbeddedMetadata.W3cdtf(item.Published));
        Dc("type", "Text");
        Dc("format", "text/html");
        Dc("identifier", baseUrl.TrimEnd('/') + "/articles/" + item.Slug);
        Dc("source", item.SourceUrl);
        Dc("language", item.Language);
        xml.WriteEndElement();
    }
}
