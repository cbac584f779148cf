using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BelarusUsArchive.Web.Data;

/// <summary>The trigger-kept counts that bound date ranges (Model/RangeCounts.cs): keys only, no foreign keys, as for the other kept counts.</summary>
internal sealed class RangeCountConfiguration : IEntityTypeConfiguration<ArticleSpanCount>, IEntityTypeConfiguration<EventYearCount>
{
    public void Configure(EntityTypeBuilder<ArticleSpanCount> b)
    {
        b.ToTable("ArticleSpanCounts").HasKey(x => x.Days);
        b.Property(x => x.Days).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<EventYearCount> b) =>
        b.ToTable("EventYearCounts").HasKey(x => new { x.Year, x.Kind, x.Precision });
}
