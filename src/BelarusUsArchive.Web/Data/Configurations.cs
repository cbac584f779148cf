using BelarusUsArchive.Web.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BelarusUsArchive.Web.Data;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.HasIndex(a => a.Slug).IsUnique();
        b.HasIndex(a => a.SourceFile).IsUnique();
        b.Property(a => a.Slug).HasMaxLength(120);
        b.Property(a => a.Title).HasMaxLength(400);
        b.Property(a => a.Subtitle).HasMaxLength(1000);
        b.Property(a => a.SourceFile).HasMaxLength(400);
        b.Property(a => a.ContentHash).HasMaxLength(64);
        b.Property(a => a.Language).HasMaxLength(8);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.OwnsOne(a => a.Published, d => d.MapDate("Published"));
        b.HasOne(a => a.Outlet).WithMany(o => o.Articles).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(a => a.Paragraphs).WithOne(p => p.Article).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ParagraphConfiguration : IEntityTypeConfiguration<Paragraph>
{
    public void Configure(EntityTypeBuilder<Paragraph> b) => b.HasIndex(p => new { p.ArticleId, p.Number }).IsUnique();
}

internal sealed class ArticleAuthorConfiguration : IEntityTypeConfiguration<ArticleAuthor>
{
    public void Configure(EntityTypeBuilder<ArticleAuthor> b)
    {
        b.HasKey(x => new { x.ArticleId, x.AuthorId });
        b.HasOne(x => x.Article).WithMany(a => a.Authors).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Author).WithMany(a => a.Articles).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> b)
    {
        b.HasIndex(a => a.Slug).IsUnique();
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.Slug).HasMaxLength(120);
        b.HasOne(a => a.Person).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class OutletConfiguration : IEntityTypeConfiguration<Outlet>
{
    public void Configure(EntityTypeBuilder<Outlet> b)
    {
        b.HasIndex(o => o.Slug).IsUnique();
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.Slug).HasMaxLength(120);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.HasIndex(p => p.Slug).IsUnique();
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Slug).HasMaxLength(120);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasMany(p => p.Aliases).WithOne(a => a.Person).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Roles).WithOne(r => r.Person).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAlias>
{
    public void Configure(EntityTypeBuilder<PersonAlias> b)
    {
        b.HasIndex(a => a.Key);
        b.Property(a => a.Text).HasMaxLength(200);
        b.Property(a => a.Key).HasMaxLength(200);
    }
}

internal sealed class PersonRoleConfiguration : IEntityTypeConfiguration<PersonRole>
{
    public void Configure(EntityTypeBuilder<PersonRole> b)
    {
        b.OwnsOne(r => r.From, d => d.MapDate("From"));
        b.OwnsOne(r => r.To, d => d.MapDate("To"));
    }
}

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> b)
    {
        b.HasIndex(m => new { m.PersonId, m.ArticleId });
        b.HasOne(m => m.Article).WithMany(a => a.Mentions).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Paragraph).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Person).WithMany(p => p.Mentions).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> b)
    {
        b.HasIndex(e => e.Slug).IsUnique();
        b.Property(e => e.Slug).HasMaxLength(160);
        b.Property(e => e.Title).HasMaxLength(300);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.OwnsOne(e => e.Date, d => d.MapDate("Date"));
        b.HasMany(e => e.Sources).WithOne(s => s.Event).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventParticipantConfiguration : IEntityTypeConfiguration<EventParticipant>
{
    public void Configure(EntityTypeBuilder<EventParticipant> b)
    {
        b.HasKey(x => new { x.EventId, x.PersonId });
        b.HasOne(x => x.Event).WithMany(e => e.Participants).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventSourceConfiguration : IEntityTypeConfiguration<EventSource>
{
    public void Configure(EntityTypeBuilder<EventSource> b) =>
        b.HasOne(s => s.Article).WithMany().OnDelete(DeleteBehavior.Cascade);
}

internal sealed class CommentaryConfiguration : IEntityTypeConfiguration<Commentary>
{
    public void Configure(EntityTypeBuilder<Commentary> b)
    {
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne(c => c.Article).WithMany(a => a.Commentary).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.ArticleId, c.ParagraphNumber });
        b.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> b) =>
        b.HasMany(r => r.Failures).WithOne().HasForeignKey(f => f.ImportRunId).OnDelete(DeleteBehavior.Cascade);
}

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> b)
    {
        b.HasIndex(r => new { r.EntityType, r.EntityId, r.CreatedAt });
        b.Property(r => r.EntityType).HasMaxLength(32);
        b.Property(r => r.Summary).HasMaxLength(400);
        b.Property(r => r.UserName).HasMaxLength(256);
    }
}

/// <summary>The trigger-kept counts (Model/Aggregates.cs): keys and lookups only, no foreign keys, so cascades never race the triggers.</summary>
internal sealed class AggregateConfiguration :
    IEntityTypeConfiguration<PersonArticle>, IEntityTypeConfiguration<PersonStat>, IEntityTypeConfiguration<CoMentionCount>,
    IEntityTypeConfiguration<PersonYearCount>, IEntityTypeConfiguration<ArticleYearCount>,
    IEntityTypeConfiguration<PersonAuthorCount>, IEntityTypeConfiguration<PersonOutletCount>,
    IEntityTypeConfiguration<PersonMonthCount>, IEntityTypeConfiguration<ArticleMonthCount>, IEntityTypeConfiguration<PersonYearFacetCount>,
    IEntityTypeConfiguration<EventYear>, IEntityTypeConfiguration<EventMonthCount>
{
    /// <summary>Tables a backup leaves out: restoring the base tables fills them again through the triggers (the
    /// related-reading lists through the stale marks the triggers leave, computed by Features/Related).</summary>
    public static readonly string[] Tables = ["PersonArticles", "PersonStats", "CoMentionCounts", "PersonYearCounts", "ArticleYearCounts", "PersonAuthorCounts", "PersonOutletCounts",
        "PersonYearFacets", "PersonMonthCounts", "ArticleMonthCounts", "EventYears", "EventMonthCounts", "EventYearCounts", "ArticleSpanCounts", "RelatedReadings", "RelatedStale"];

    public void Configure(EntityTypeBuilder<PersonArticle> b)
    {
        b.ToTable("PersonArticles").HasKey(x => new { x.PersonId, x.ArticleId });
        b.HasIndex(x => new { x.ArticleId, x.PersonId });
        b.HasIndex(x => new { x.PersonId, x.Year });
    }

    public void Configure(EntityTypeBuilder<PersonStat> b)
    {
        b.ToTable("PersonStats").HasKey(x => x.PersonId);
        b.Property(x => x.PersonId).ValueGeneratedNever();
        b.HasIndex(x => x.Articles);
        b.HasIndex(x => x.Mentions);
    }

    public void Configure(EntityTypeBuilder<CoMentionCount> b) =>
        b.ToTable("CoMentionCounts").HasKey(x => new { x.PersonId, x.OtherId });

    public void Configure(EntityTypeBuilder<PersonYearCount> b) =>
        b.ToTable("PersonYearCounts").HasKey(x => new { x.PersonId, x.Year });

    public void Configure(EntityTypeBuilder<PersonAuthorCount> b)
    {
        b.ToTable("PersonAuthorCounts").HasKey(x => new { x.PersonId, x.AuthorId });
        b.HasIndex(x => x.AuthorId);
    }

    public void Configure(EntityTypeBuilder<PersonOutletCount> b)
    {
        b.ToTable("PersonOutletCounts").HasKey(x => new { x.PersonId, x.OutletId });
        b.HasIndex(x => x.OutletId);
    }

    public void Configure(EntityTypeBuilder<ArticleYearCount> b)
    {
        b.ToTable("ArticleYearCounts").HasKey(x => x.Year);
        b.Property(x => x.Year).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<PersonYearFacetCount> b) =>
        b.ToTable("PersonYearFacets").HasKey(x => new { x.PersonId, x.Year, x.Facet, x.ValueId });

    public void Configure(EntityTypeBuilder<PersonMonthCount> b) =>
        b.ToTable("PersonMonthCounts").HasKey(x => new { x.PersonId, x.Month });

    public void Configure(EntityTypeBuilder<ArticleMonthCount> b)
    {
        b.ToTable("ArticleMonthCounts").HasKey(x => x.Month);
        b.Property(x => x.Month).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<EventYear> b)
    {
        b.ToTable("EventYears").HasKey(x => new { x.Year, x.EventId });
        b.HasIndex(x => x.EventId);
    }

    public void Configure(EntityTypeBuilder<EventMonthCount> b) =>
        b.ToTable("EventMonthCounts").HasKey(x => new { x.PersonId, x.Month, x.Kind, x.Precision });
}

/// <summary>The kept related-reading lists and their stale marks: no foreign keys, so deleting an article is the
/// triggers' work alone (RelatedTriggers), as for the counts.</summary>
internal sealed class RelatedReadingConfiguration : IEntityTypeConfiguration<RelatedReadingEntry>, IEntityTypeConfiguration<RelatedStale>
{
    public void Configure(EntityTypeBuilder<RelatedReadingEntry> b)
    {
        b.ToTable("RelatedReadings").HasKey(x => new { x.ArticleId, x.Rank });
        b.HasIndex(x => x.RelatedId);
    }

    public void Configure(EntityTypeBuilder<RelatedStale> b)
    {
        b.ToTable("RelatedStale").HasKey(x => x.ArticleId);
        b.Property(x => x.ArticleId).ValueGeneratedNever();
    }
}

/// <summary>Article pages rendered ahead (Features/Articles/KeptPages): no foreign key, so only the triggers
/// (KeptPageTriggers) delete them; a backup leaves them out and the web process renders them again.</summary>
internal sealed class KeptArticlePageConfiguration : IEntityTypeConfiguration<KeptArticlePage>
{
    public const string Table = "KeptArticlePages";

    public void Configure(EntityTypeBuilder<KeptArticlePage> b)
    {
        b.ToTable(Table).HasKey(x => x.ArticleId);
        b.Property(x => x.ArticleId).ValueGeneratedNever();
    }
}
