namespace BelarusUsArchive.Web.Features.Citations;

/// <summary>The download formats, with the media types and file extensions reference managers recognise.</summary>
public sealed record CitationFormat(string Name, string MediaType, string Extension)
{
    public static readonly CitationFormat BibTex = new("bibtex", "application/x-bibtex", "bib");
    public static readonly CitationFormat Ris = new("ris", "application/x-research-info-systems", "ris");
    public static readonly CitationFormat CslJson = new("csl-json", "application/vnd.citationstyles.csl+json", "json");

    public static IReadOnlyList<CitationFormat> All { get; } = [BibTex, Ris, CslJson];

    public static CitationFormat? Find(string? name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public string Label => Name switch
    {
        "bibtex" => "BibTeX",
        "ris" => "RIS",
        _ => "CSL-JSON",
    };
}
