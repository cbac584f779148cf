using System.Runtime.CompilerServices;

namespace BelarusUsArchive.Tests.Support;

internal static class TestEnvironment
{
    /// <summary>
    /// Hundreds of test apps start in one process (and their child processes inherit this): without it
    /// each would watch its appsettings files and web root with inotify, and the machine's instances
    /// (128 per user by default) run out part-way through the suite. Files that are watched at all are
    /// polled instead.
    /// </summary>
    [ModuleInitializer]
    internal static void NoFileWatchers()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
    }
}
