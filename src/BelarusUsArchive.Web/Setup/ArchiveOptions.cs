namespace BelarusUsArchive.Web.Setup;

/// <summary>The "Archive" section of the settings (see CONTRACT.md).</summary>
public sealed class ArchiveOptions
{
    public string DatabaseProvider { get; set; } = "Sqlite";
    /// <summary>Folder imported at start-up; relative paths are taken from the content root.</summary>
    public string SeedsPath { get; set; } = "../../seeds";
    public bool ImportOnStartup { get; set; } = true;
}
