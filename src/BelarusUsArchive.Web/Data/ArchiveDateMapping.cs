using BelarusUsArchive.Text.Dates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BelarusUsArchive.Web.Data;

/// <summary>An <see cref="ArchiveDate"/> stored in its owner's table as prefixed columns (PublishedEdtf, PublishedStart, …).</summary>
internal static class ArchiveDateMapping
{
    public static void MapDate<TOwner>(this OwnedNavigationBuilder<TOwner, ArchiveDate> date, string prefix)
        where TOwner : class
    {
        date.Property(d => d.Edtf).HasColumnName(prefix + "Edtf").HasMaxLength(32);
        date.Property(d => d.Start).HasColumnName(prefix + "Start");
        date.Property(d => d.End).HasColumnName(prefix + "End");
        date.Property(d => d.Precision).HasColumnName(prefix + "Precision");
        date.Property(d => d.Certainty).HasColumnName(prefix + "Certainty");
        date.Property(d => d.Source).HasColumnName(prefix + "Source");
        date.HasIndex(d => d.Start);
    }
}
