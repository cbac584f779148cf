using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Features.Harvesting;

/// <summary>Validates answers against the OAI-PMH 2.0, oai_dc and Simple Dublin Core schemas (Schemas/, no network).</summary>
public static class OaiSchema
{
    public static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        var folder = Path.Combine(Repo.Root, "tests", "BelarusUsArchive.Tests", "Features", "Harvesting", "Schemas");
        foreach (var file in new[] { "xml.xsd", "simpledc20021212.xsd", "oai_dc.xsd", "OAI-PMH.xsd" })
        {
            using var reader = XmlReader.Create(Path.Combine(folder, file));
            set.Add(XmlSchema.Read(reader, (_, e) => throw e.Exception)!);
        }
        set.Compile();
        return set;
    });

    /// <summary>The parsed document, after failing the test on any schema error or warning (an element the schemas do not know).</summary>
    public static XDocument Validate(string xml, string what)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value, XmlResolver = null };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
        {
            while (reader.Read())
            {
            }
        }
        Assert.True(problems.Count == 0, $"{what} is not valid OAI-PMH:\n{string.Join('\n', problems)}\n{xml}");
        return XDocument.Parse(xml);
    }
}
