using System.Diagnostics;

namespace BelarusUsArchive.Text.Parsing;

/// <summary>Extraction of one input ran past its time budget; the input is refused with this reason.</summary>
public sealed class ExtractionTimeoutException(TimeSpan budget)
    : Exception($"extracting the article took longer than its {budget.TotalSeconds:0.#} s budget; the file is refused rather than holding a core")
{
    public TimeSpan Budget { get; } = budget;
}

/// <summary>
/// A time budget for the extraction running on this thread. The extractor's loops call <see cref="Check"/>, so a
/// pathological input ends with <see cref="ExtractionTimeoutException"/> at the budget instead of holding a core for
/// as long as it takes. Extraction is synchronous, so the budget belongs to the thread.
/// </summary>
public static class ExtractionBudget
{
    [ThreadStatic]
    private static long _deadline;

    [ThreadStatic]
    private static TimeSpan _budget;

    public static IDisposable Start(TimeSpan budget)
    {
        var previous = (_deadline, _budget);
        _budget = budget;
        _deadline = Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);
        return new Scope(previous);
    }

    /// <summary>Throws when the budget started on this thread is spent; does nothing where none was started.</summary>
    public static void Check()
    {
        if (_deadline != 0 && Stopwatch.GetTimestamp() > _deadline)
        {
            throw new ExtractionTimeoutException(_budget);
        }
    }

    private sealed class Scope((long Deadline, TimeSpan Budget) previous) : IDisposable
    {
        public void Dispose() => (_deadline, _budget) = previous;
    }
}
