namespace BelarusUsArchive.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static IEnumerable<string> SeedTexts => Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BelarusUsArchive.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Could not find BelarusUsArchive.sln above " + AppContext.BaseDirectory);
    }
}
