using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BelarusUsArchive.Tests.Support;

/// <summary>
/// The web app as a process of its own, run from the test's output folder with the given settings
/// (environment variables), as a deployment runs it; stopped with SIGTERM like a service manager does.
/// </summary>
public sealed class WebNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private WebNode(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process printed, for a failing test's message.</summary>
    public string Output => string.Join('\n', _output);

    public static WebNode Start(IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var process = Process.Start(Info([], settings, port))!;
        var node = new WebNode(process, address);
        process.OutputDataReceived += (_, e) => node.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => node.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Runs one of the app's commands (import, create-user …) to its end: exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string[] args, IReadOnlyDictionary<string, string> settings)
    {
        using var process = Process.Start(Info(args, settings, port: null))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>Waits until <paramref name="path"/> answers 200 (e.g. /health/ready once the start-up import is done).</summary>
    public async Task WaitForAsync(string path, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            Assert.False(_process.HasExited, "the node exited:\n" + Output);
            try
            {
                if ((await client.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
        Assert.Fail($"{Address}{path.TrimStart('/')} did not answer 200 within {timeout.TotalSeconds} s:\n{Output}");
    }

    private static ProcessStartInfo Info(string[] args, IReadOnlyDictionary<string, string> settings, int? port)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BelarusUsArchive.Web.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        if (port is not null)
        {
            info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        }
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }
        return info;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }
}
