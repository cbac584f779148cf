namespace BelarusUsArchive.Web.Model;

/// <summary>One pass of the importer over files or folders, with the files it could not import and why.</summary>
public class ImportRun
{
    public int Id { get; set; }
    public required string Trigger { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public int FilesSeen { get; set; }
    public int New { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    /// <summary>Articles whose file was unchanged but which an older extractor had made, extracted again.</summary>
    public int Reextracted { get; set; }
    public int Failed { get; set; }
    public List<ImportFailure> Failures { get; set; } = [];
}

public class ImportFailure
{
    public int Id { get; set; }
    public int ImportRunId { get; set; }
    public required string File { get; set; }
    public required string Reason { get; set; }
}
