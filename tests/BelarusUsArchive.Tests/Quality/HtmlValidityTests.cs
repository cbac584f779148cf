using System.Diagnostics;
using System.Net;
using System.Text.Json;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Quality;

/// <summary>The W3C Nu HTML Checker (vnu.jar from npm, on the machine's Java) over each kind of page.</summary>
public class HtmlValidityTests
{
    [Fact]
    public async Task Every_kind_of_page_is_valid_HTML_to_the_Nu_checker()
    {
        var tools = Requires.NodeTools();
        var java = Requires.Java();
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TestFolder();
        await using var app = new ArchiveApp(folder);
        var client = await app.StartAsync();

        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        var saved = Directory.CreateDirectory(Path.Combine(folder.Path, "pages")).FullName;
        var editor = await EditorClient.SignInAsync(app);
        var correction = PageKinds.CorrectionForm(app);
        var form = await Editor.Editors.HtmlAsync(editor, correction);
        Assert.Equal(HttpStatusCode.Redirect, (await Editor.Editors.PostAsync(editor, correction, form, UndoFields(form))).StatusCode);
        // The same form posted again is a save over a newer one: the conflict page, both versions side by side.
        using var conflict = await Editor.Editors.PostAsync(editor, correction, form, UndoFields(form));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var conflictFile = Path.Combine(saved, "conflict.html");
        await File.WriteAllBytesAsync(conflictFile, await conflict.Content.ReadAsByteArrayAsync(ct), ct);
        pages[new Uri(conflictFile).AbsoluteUri] = correction + " (conflict)";
        var kinds = PageKinds.Of(app).Select(url => (url, client)).Concat(PageKinds.Editor(app).Select(url => (url, editor)));
        foreach (var (url, reader) in kinds)
        {
            using var response = await reader.GetAsync(url, ct);
            Assert.Equal(url == PageKinds.Missing ? HttpStatusCode.NotFound : HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var file = Path.Combine(saved, $"page{pages.Count:00}.html");
            await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync(ct), ct);
            pages[new Uri(file).AbsoluteUri] = url;
        }

        foreach (var url in PageKinds.ForEditors(app))
        {
            using var response = await editor.GetAsync(url, ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var file = Path.Combine(saved, $"page{pages.Count:00}.html");
            await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync(ct), ct);
            pages[new Uri(file).AbsoluteUri] = url + " (editor)";
        }

        var messages = await CheckAsync(java, tools.VnuJar, pages.Keys.Select(f => new Uri(f).LocalPath), ct);

        var errors = messages.Select(m =>
            $"{pages.GetValueOrDefault(NormalizeFileUrl(m.Url), m.Url ?? "(no file)")} line {m.LastLine}: {m.Message}\n    {m.Extract?.ReplaceLineEndings(" ").Trim()}").ToList();
        Assert.True(errors.Count == 0, $"the Nu checker found {errors.Count} errors:\n" + string.Join('\n', errors));
    }

    /// <summary>The correction form's fields with the date changed, so that the history has a save to show.</summary>
    private static Dictionary<string, string> UndoFields(AngleSharp.Html.Dom.IHtmlDocument form)
    {
        var fields = form.QuerySelectorAll("form[method=post] input[name^='Input.']").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["Input.Published"] = "2019-09";
        return fields;
    }

    internal static async Task<List<NuMessage>> CheckAsync(string java, string jar, IEnumerable<string> files, CancellationToken ct)
    {
        var start = new ProcessStartInfo(java)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-jar", jar, "--errors-only", "--format", "json"])
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        // vnu writes its JSON report to standard error and exits 1 when it found errors.
        var report = (await stderr).Trim() is { Length: > 0 } err ? err : (await stdout).Trim();
        Assert.True(report.StartsWith('{'), $"vnu.jar exited {process.ExitCode} without a JSON report:\n{report}");
        var result = JsonSerializer.Deserialize<NuReport>(report, Json)!;
        return [.. result.Messages.Where(m => m.Type is "error" or "non-document-error")];
    }

    // vnu reports file:/tmp/x.html where .NET writes file:///tmp/x.html.
    private static string NormalizeFileUrl(string? url) =>
        url is null ? "" : url.StartsWith("file:/", StringComparison.Ordinal) && !url.StartsWith("file:///", StringComparison.Ordinal)
            ? "file:///" + url["file:/".Length..] : url;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal sealed record NuReport(List<NuMessage> Messages);

    internal sealed record NuMessage(string Type, string? Url, int? LastLine, string Message, string? Extract);
}
