namespace BelarusUsArchive.Web.Import;

/// <summary>`import PATH...`: imports files or folders, shows progress, prints a summary; exit code 1 when any file failed.</summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            await Console.Error.WriteLineAsync("usage: import PATH... (files or folders of article texts)");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<Importer>();
        var interactive = !Console.IsOutputRedirected;
        var lastLength = 0;
        var progress = new SyncProgress(p =>
        {
            var line = $"[{p.Done}/{p.Total}] {p.Result.Outcome.ToString().ToLowerInvariant(),-9} {p.Result.File}";
            if (interactive)
            {
                Console.Write("\r" + line.PadRight(lastLength));
                lastLength = line.Length;
            }
            else
            {
                Console.WriteLine(line);
            }
        });
        var run = await importer.RunAsync(paths, "command", progress, CancellationToken.None);
        if (interactive)
        {
            Console.WriteLine();
        }
        Console.WriteLine($"{run.FilesSeen} files: {run.New} new, {run.Updated} updated, {run.Unchanged} unchanged, {run.Reextracted} re-extracted, {run.Failed} failed");
        foreach (var failure in run.Failures)
        {
            Console.WriteLine($"  failed: {failure.File}: {failure.Reason}");
        }
        return run.Failed == 0 ? 0 : 1;
    }

    /// <summary>Reports on the caller's thread, so lines come out in order (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SyncProgress(Action<(int Done, int Total, FileResult Result)> report) : IProgress<(int Done, int Total, FileResult Result)>
    {
        public void Report((int Done, int Total, FileResult Result) value) => report(value);
    }
}
