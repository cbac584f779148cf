namespace BelarusUsArchive.Tests.Support;

/// <summary>Where the npm packages of tests/BelarusUsArchive.Tests/tools put the checkers.</summary>
public sealed record NodeTools(string Modules)
{
    public static NodeTools InRepository { get; } =
        new(Path.Combine(Repo.Root, "tests", "BelarusUsArchive.Tests", "tools", "node_modules"));

    public string AxeScript => Path.Combine(Modules, "axe-core", "axe.min.js");

    /// <summary>The script that reads citations back with citation-js and expands JSON-LD with jsonld.js.</summary>
    public string ReadBackScript => Path.Combine(Modules, "..", "read-back.js");

    public bool HasReaders => Directory.Exists(Path.Combine(Modules, "citation-js")) && Directory.Exists(Path.Combine(Modules, "jsonld"));

    public string VnuJar => Path.Combine(Modules, "vnu-jar", "build", "dist", "vnu.jar");
}
