#if !ARCHIVE_POSTGRES
using System.Text;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Import;

/// <summary>
/// Inputs built to break a parser, imported by the real `import` command in its own process: none may end the process
/// or hold it; each is imported or refused by name with a reason, and the good article beside them is imported.
/// </summary>
public class HostileInputTests(ITestOutputHelper output)
{
    private static string Nested(string tag, int depth) =>
        "<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + "Deep text." + "</body></html>";

    public static TheoryData<string> Names => ["nested-pre.html", "nested-div.html", "one-line.txt", "initials.txt", "cookie-line.txt", "quotes.txt", "tags.txt"];

    private static byte[] Hostile(string name) => Encoding.UTF8.GetBytes(name switch
    {
        "nested-pre.html" => Nested("pre", 3_000),
        "nested-div.html" => Nested("div", 100_000),
        "one-line.txt" => string.Concat(Enumerable.Repeat("Minsk and Washington talk again; ", 7_500_000 / 33)),
        "initials.txt" => "Title\n\n" + string.Concat(Enumerable.Repeat("A. ", 70_000)),
        "cookie-line.txt" => "We use cookies " + string.Concat(Enumerable.Repeat("and more cookies to accept, ", 4_000)) + "\n",
        "quotes.txt" => "Title\n\n" + string.Concat(Enumerable.Repeat("“a ", 100_000)),
        "tags.txt" => string.Concat(Enumerable.Repeat("<p><a href=x>", 200_000)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    });

    [Fact]
    public async Task No_hostile_input_ends_or_holds_the_import_process()
    {
        using var folder = new TestFolder(withSeeds: false);
        foreach (var name in Names)
        {
            folder.WriteBytes(name, Hostile(name));
        }
        folder.Write("good.txt", "Embassies to restore their staff\n\nBy Jane Doe\n\nOn 12 March 2021 the two governments agreed to restore embassy staff.\n");

        var end = await new ImportProcess(folder.Database, folder.Path).RunAsync(folder.Seeds, patience: TimeSpan.FromMinutes(3));
        output.WriteLine(end.ToString());
        output.WriteLine(end.Output);

        Assert.False(end.Killed);
        Assert.NotNull(end.ExitCode);
        Assert.True(end.ExitCode is 0 or 1, $"the import ended with {end.ExitCode}, not with its own exit code");
        Assert.Contains("[8/8]", end.Output, StringComparison.Ordinal);
        Assert.Matches(@"8 files: [1-8] new", end.Output);
        foreach (var name in Names)
        {
            Assert.Matches($@"\] (?:new|failed) +{System.Text.RegularExpressions.Regex.Escape(name)}", end.Output);
        }
    }
}
#endif
