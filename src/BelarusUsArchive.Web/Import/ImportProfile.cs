using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace BelarusUsArchive.Web.Import;

/// <summary>
/// Where an import's time goes, stage by stage, when <c>ARCHIVE_IMPORT_PROFILE=1</c> is set: each stage's wall time
/// (summed over threads for the parallel stages) is printed at the end of the run. Off, a stage costs one branch.
/// </summary>
public static class ImportProfile
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("ARCHIVE_IMPORT_PROFILE") == "1";

    private static readonly ConcurrentDictionary<string, long[]> Ticks = new(StringComparer.Ordinal);

    /// <summary>
    /// Times a stage until the returned value is disposed (with <c>using</c>). Off, it is an empty struct: the
    /// branch on a static readonly field is folded away by the JIT, so no clock is read and nothing is counted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scope Time(string stage) => Enabled ? new(stage, Stopwatch.GetTimestamp()) : default;

    public static string Report() => string.Join(Environment.NewLine, Ticks.OrderByDescending(t => t.Value[0])
        .Select(t => $"  {t.Key,-28} {Stopwatch.GetElapsedTime(0, t.Value[0]).TotalSeconds,8:0.00} s {t.Value[1],8} times"));

    public readonly struct Scope(string? stage, long start) : IDisposable
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Dispose()
        {
            if (!Enabled || stage is null)
            {
                return;
            }
            var entry = Ticks.GetOrAdd(stage, _ => new long[2]);
            Interlocked.Add(ref entry[0], Stopwatch.GetTimestamp() - start);
            Interlocked.Increment(ref entry[1]);
        }
    }
}
