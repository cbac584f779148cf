namespace BelarusUsArchive.Web.Features.Search;

/// <summary>
/// The "Archive:Search" settings: what one search may cost, and how many run at once, so a burst of
/// expensive searches leaves the rest of the site its share of the CPU.
/// </summary>
public sealed class SearchLimits
{
    /// <summary>Milliseconds one search (names widened, matches ranked, facets counted) may take before it is stopped.</summary>
    public int BudgetMilliseconds { get; set; } = 3000;

    /// <summary>Searches run at once by this process; by default half the processors (at least one), so the other half serves everything else.</summary>
    public int Concurrency { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Searches that may wait for a turn; beyond that a search is refused at once with 429 and a short Retry-After.</summary>
    public int Queue { get; set; } = 4 * Environment.ProcessorCount;

    /// <summary>The most paragraphs, titles and commentary a search may match and still be charted over time (/attention): its cost grows with them.</summary>
    public int AttentionMostMatches { get; set; } = 20_000;

    public TimeSpan Budget => TimeSpan.FromMilliseconds(Math.Max(1, BudgetMilliseconds));

    public static SearchLimits From(IConfiguration configuration) =>
        configuration.GetSection("Archive:Search").Get<SearchLimits>() ?? new SearchLimits();
}
