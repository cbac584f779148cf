using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BelarusUsArchive.Benchmarks;

/// <summary>
/// The web app as its own process, as it runs in production, so its memory is measured alone. It serves the SQLite
/// store, or the PostgreSQL database named by <paramref name="postgres"/> (a connection string) when one is given.
/// </summary>
internal sealed class WebProcess(string dll, string database, string? postgres = null) : IAsyncDisposable
{
    private Process? _server;

    public double PeakMB { get; private set; }
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public Task<(double Seconds, double PeakMB)> ImportAsync(string folder) => CommandAsync("import", folder);

    /// <summary>Runs one of the app's commands (import, export, restore) to its end; throws when it fails.</summary>
    public async Task<(double Seconds, double PeakMB)> CommandAsync(params string[] args)
    {
        var clock = Stopwatch.StartNew();
        using var process = Start(args, port: null);
        var peak = await WatchAsync(process);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the {args[0]} command exited with {process.ExitCode}");
        }
        return (clock.Elapsed.TotalSeconds, peak);
    }

    public async Task<HttpClient> ServeAsync()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _server = Start([], port);
        _ = Task.Run(async () => PeakMB = await WatchAsync(_server));
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        for (var i = 0; i < 6000; i++)
        {
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return client;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException("the web app did not answer /health within 10 minutes (it migrates the store first)");
    }

    private Process Start(string[] args, int? port)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["ConnectionStrings__Archive"] = postgres ?? $"Data Source={database}";
        info.Environment["Archive__DatabaseProvider"] = postgres is null ? "Sqlite" : "Postgres";
        info.Environment["Archive__ImportOnStartup"] = "false";
        // The benchmark measures rendering: no output cache, and no search rate limit for its one client address.
        info.Environment["Archive__CacheSeconds"] = "0";
        info.Environment["Archive__RateLimit__SearchPerMinute"] = "100000000";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        if (port is not null)
        {
            info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        }
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("  web: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Polls the process's working set until it exits: the peak in MB.</summary>
    private static async Task<double> WatchAsync(Process process)
    {
        double peak = 0;
        while (!process.HasExited)
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64 / 1048576.0);
            }
            catch (InvalidOperationException)
            {
                break;
            }
            await Task.Delay(100);
        }
        await process.WaitForExitAsync();
        return peak;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill();
            await _server.WaitForExitAsync();
        }
        _server?.Dispose();
    }
}
