using System.Runtime.CompilerServices;

namespace BelarusUsArchive.Tests.Support;

internal static class TestEnvironment
{
    /// <summary>
    /// Hundreds of test apps start in one process (and their child processes inherit this): without it
    /// each would watch its appsettings files, and the machine's inotify instances (128 per user here)
    /// run out part-way through the suite.
    /// </summary>
    [ModuleInitializer]
    internal static void NoConfigurationWatchers() =>
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
