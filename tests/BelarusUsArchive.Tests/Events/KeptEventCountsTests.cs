using BelarusUsArchive.Web.Features.Events;

namespace BelarusUsArchive.Tests.Events;

/// <summary>Where the kept month counts place a page of events: the month it starts in, the events to skip there, and the month after its end.</summary>
public class KeptEventCountsTests
{
    private static readonly List<KeptEventCounts.MonthCount> Months = [new(201901, 30), new(201902, 40), new(201903, 50)];

    [Fact]
    public void A_page_starts_in_the_month_that_holds_its_first_event_and_ends_after_the_month_of_its_last()
    {
        Assert.Equal((new DateOnly(2019, 1, 1), 0, new DateOnly(2019, 3, 1)), KeptEventCounts.Seek(Months, 0, 50));
        Assert.Equal((new DateOnly(2019, 2, 1), 20, new DateOnly(2019, 4, 1)), KeptEventCounts.Seek(Months, 50, 50));
        Assert.Equal((new DateOnly(2019, 2, 1), 0, new DateOnly(2019, 3, 1)), KeptEventCounts.Seek(Months, 30, 40));
    }

    [Fact]
    public void A_page_past_the_counted_months_or_without_counts_is_not_bounded_after()
    {
        Assert.Equal((new DateOnly(2019, 3, 1), 40, DateOnly.MaxValue), KeptEventCounts.Seek(Months, 110, 50));
        Assert.Equal((DateOnly.MinValue, 75, DateOnly.MaxValue), KeptEventCounts.Seek(null, 75, 50));
    }
}
