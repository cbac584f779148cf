using System.Diagnostics;
using System.Text.Json;
using BelarusUsArchive.Tests.Support;

namespace BelarusUsArchive.Tests.Features.Citations;

/// <summary>Runs tools/read-back.js: citation-js reads the BibTeX, RIS and CSL-JSON, jsonld.js expands the JSON-LD.</summary>
public static class ReadBack
{
    public static async Task<JsonElement> RunAsync(NodeTools tools, string bibtex, string ris, string csl, IEnumerable<string> jsonLd)
    {
        var start = new ProcessStartInfo("node", [tools.ReadBackScript])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(tools.ReadBackScript)!,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(new { bibtex, ris, csl, jsonld = jsonLd.ToArray() }));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, "read-back.js failed: " + await error);
        return JsonDocument.Parse(await output).RootElement.Clone();
    }
}
