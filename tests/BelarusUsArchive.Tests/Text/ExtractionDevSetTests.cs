using System.Text.Json;
using BelarusUsArchive.Benchmarks.Extraction;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Text;

/// <summary>
/// The regression gate of the extractor: on the development set of real pages (shared/extraction-dev), each form's
/// main-text F1, title, author and year accuracy must stay at or above the floors pinned from the last accepted run.
/// </summary>
public sealed class ExtractionDevSetTests(ITestOutputHelper output)
{
    /// <summary>
    /// Far above the importer's 2 s: on a machine shared with other builds a page could outlast 2 s of wall time and score
    /// as empty, failing the floors for want of CPU, not of quality.
    /// </summary>
    private static readonly TimeSpan QualityBudget = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(PageForm.Txt)]
    [InlineData(PageForm.Html)]
    public void Extraction_on_the_development_set_stays_above_its_floors(PageForm form)
    {
        var folder = DevSet.Locate(Repo.Root);
        if (folder is null)
        {
            Requires.Missing("the extraction development set (shared/extraction-dev) is not beside the repository");
        }
        var set = DevSet.Load(folder!);
        var figures = ExtractionRun.Score(set, form, ExtractionRun.ExtractAll(set, form, QualityBudget));
        output.WriteLine($"{figures.Form}: F1 {figures.F1:0.000} (P {figures.Precision:0.000}, R {figures.Recall:0.000}; keeping all {figures.BaselineF1:0.000}), "
            + $"titles {figures.Title.Value:0.000}, authors {figures.Authors.Value:0.000}, years {figures.Year.Value:0.000}, not imported {figures.NotImported}, "
            + $"slowest {figures.MaxMs:0} ms ({figures.SlowestPage})");

        using var floors = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "tests", "BelarusUsArchive.Tests", "Text", "extraction-floors.json")));
        var floor = floors.RootElement.GetProperty(figures.Form);
        Assert.True(figures.F1 >= floor.GetProperty("f1").GetDouble(), $"main-text F1 {figures.F1:0.000} fell below its floor");
        Assert.True(figures.Title.Value >= floor.GetProperty("title").GetDouble(), $"title accuracy {figures.Title.Value:0.000} fell below its floor");
        Assert.True(figures.Authors.Value >= floor.GetProperty("authors").GetDouble(), $"author accuracy {figures.Authors.Value:0.000} fell below its floor");
        Assert.True(figures.Year.Value >= floor.GetProperty("year").GetDouble(), $"year accuracy {figures.Year.Value:0.000} fell below its floor");
        Assert.True(figures.NotImported <= floor.GetProperty("notImported").GetInt32(), $"{figures.NotImported} pages were not imported");
    }
}
