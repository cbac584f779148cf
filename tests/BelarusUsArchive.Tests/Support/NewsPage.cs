using BelarusUsArchive.Benchmarks.Extraction;

namespace BelarusUsArchive.Tests.Support;

/// <summary>
/// A real news page copied from a browser, from the extraction development set: a menu above, readers' comments and
/// a footer below the article. The paste-preview and line-decision tests fix it line by line.
/// </summary>
public static class NewsPage
{
    public const string Name = "californiaglobe.com.amazon";

    public static string Read() => File.ReadAllText(PathOf());

    /// <summary>The copied text of the news page; the page's HTML is beside it.</summary>
    public static string PathOf()
    {
        var folder = DevSet.Locate(Repo.Root);
        if (folder is null)
        {
            Requires.Missing("the extraction development set (shared/extraction-dev) is not beside the repository");
        }
        return Path.Combine(folder!, "pages", Name + ".txt");
    }
}
