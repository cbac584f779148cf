using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BelarusUsArchive.Tests.Support;

/// <summary>How one run of the import command ended: killed (at which progress), exited (with its code), or stuck.</summary>
public sealed record ImportRunEnd(bool Killed, int? ExitCode, int LastDone, int Total, TimeSpan Elapsed, string Output)
{
    public override string ToString() => Killed ? $"killed at {LastDone}/{Total} after {Elapsed.TotalSeconds:0.0} s"
        : ExitCode is { } code ? $"exited {code} at {LastDone}/{Total} after {Elapsed.TotalSeconds:0.0} s" : "stuck";
}

/// <summary>
/// The web app's own `import PATH` command as a child process, as an operator runs it, on a given SQLite
/// file; it can be killed with SIGKILL after a delay or once its progress output reaches a given article.
/// </summary>
public sealed partial class ImportProcess(string database, string workingFolder)
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(20);

    /// <summary>The web app as the tests' build copied it (ProjectReference): dll, runtimeconfig and deps.</summary>
    public static string WebDll => Path.Combine(AppContext.BaseDirectory, "BelarusUsArchive.Web.dll");

    /// <summary>
    /// Runs the import; kills it after <paramref name="killAfter"/>, when article <paramref name="killAtArticle"/> is
    /// reported done, or as soon as <paramref name="killWhen"/> (polled every 20 ms, e.g. a look into the database) holds,
    /// whichever comes first.
    /// </summary>
    public async Task<ImportRunEnd> RunAsync(string corpus, TimeSpan? killAfter = null, int? killAtArticle = null, TimeSpan? patience = null, Func<bool>? killWhen = null)
    {
        using var process = Start(corpus);
        var clock = Stopwatch.StartNew();
        var output = new System.Text.StringBuilder();
        var (done, total, killed) = (0, 0, false);
        var reached = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }
            lock (output)
            {
                output.AppendLine(e.Data);
                if (Progress().Match(e.Data) is { Success: true } m)
                {
                    (done, total) = (int.Parse(m.Groups[1].Value, null), int.Parse(m.Groups[2].Value, null));
                    if (done >= killAtArticle)
                    {
                        reached.TrySetResult();
                    }
                }
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine("stderr: " + e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        // Whichever of the given triggers comes first.
        var trigger = Task.WhenAny(new[]
        {
            killAfter is { } delay ? Task.Delay(delay) : null,
            killAtArticle is not null ? reached.Task : null,
            killWhen is not null ? PollAsync(killWhen, exited) : null,
        }.OfType<Task>().DefaultIfEmpty(Task.Delay(Timeout.Infinite)));
        var first = await Task.WhenAny(exited, trigger, Task.Delay(patience ?? Patience));
        if (first != exited)
        {
            killed = first == trigger;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        lock (output)
        {
            var stuck = !killed && first != exited;
            return new ImportRunEnd(killed, stuck ? null : killed ? null : process.ExitCode, done, total, clock.Elapsed, output.ToString());
        }
    }

    private static async Task PollAsync(Func<bool> condition, Task exited)
    {
        while (!exited.IsCompleted && !condition())
        {
            await Task.Delay(20);
        }
        if (exited.IsCompleted)
        {
            await Task.Delay(Timeout.Infinite);
        }
    }

    private Process Start(string corpus)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(WebDll);
        info.ArgumentList.Add("import");
        info.ArgumentList.Add(corpus);
        info.Environment["ConnectionStrings__Archive"] = $"Data Source={database}";
        info.Environment["Archive__ImportOnStartup"] = "false";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        // Keeps the runtime's debugger and diagnostics pipes out of the temp folder a killed process cannot clean.
        info.Environment["DOTNET_EnableDiagnostics"] = "0";
        return Process.Start(info)!;
    }

    [GeneratedRegex(@"^\[(\d+)/(\d+)\]")]
    private static partial Regex Progress();
}
