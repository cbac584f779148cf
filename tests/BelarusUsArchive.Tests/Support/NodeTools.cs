namespace BelarusUsArchive.Tests.Support;

/// <summary>Where the npm packages of tests/BelarusUsArchive.Tests/tools put the checkers.</summary>
public sealed record NodeTools(string Modules)
{
    public static NodeTools InRepository { get; } =
        new(Path.Combine(Repo.Root, "tests", "BelarusUsArchive.Tests", "tools", "node_modules"));

    public string AxeScript => Path.Combine(Modules, "axe-core", "axe.min.js");

    public string VnuJar => Path.Combine(Modules, "vnu-jar", "build", "dist", "vnu.jar");
}
