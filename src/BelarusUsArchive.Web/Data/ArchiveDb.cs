using BelarusUsArchive.Text.Dates;
using BelarusUsArchive.Web.Model;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BelarusUsArchive.Web.Data;

/// <summary>
/// The archive's store. SQLite uses this class itself; PostgreSQL uses <see cref="PostgresArchiveDb"/>,
/// the same model with its own migrations (EF keeps one migration history per context type).
/// </summary>
public class ArchiveDb : IdentityDbContext<EditorUser>, IDataProtectionKeyContext
{
    public ArchiveDb(DbContextOptions<ArchiveDb> options) : base(options)
    {
    }

    protected ArchiveDb(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Paragraph> Paragraphs => Set<Paragraph>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<ArticleAuthor> ArticleAuthors => Set<ArticleAuthor>();
    public DbSet<Outlet> Outlets => Set<Outlet>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();
    public DbSet<PersonRole> PersonRoles => Set<PersonRole>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventParticipant> EventParticipants => Set<EventParticipant>();
    public DbSet<EventSource> EventSources => Set<EventSource>();
    public DbSet<Commentary> Commentary => Set<Commentary>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<ImportFailure> ImportFailures => Set<ImportFailure>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<PersonArticle> PersonArticles => Set<PersonArticle>();
    public DbSet<PersonStat> PersonStats => Set<PersonStat>();
    public DbSet<CoMentionCount> CoMentionCounts => Set<CoMentionCount>();
    public DbSet<PersonYearCount> PersonYearCounts => Set<PersonYearCount>();
    public DbSet<ArticleYearCount> ArticleYearCounts => Set<ArticleYearCount>();
    public DbSet<PersonAuthorCount> PersonAuthorCounts => Set<PersonAuthorCount>();
    public DbSet<PersonOutletCount> PersonOutletCounts => Set<PersonOutletCount>();
    public DbSet<PersonYearFacetCount> PersonYearFacets => Set<PersonYearFacetCount>();
    public DbSet<PersonMonthCount> PersonMonthCounts => Set<PersonMonthCount>();
    public DbSet<ArticleMonthCount> ArticleMonthCounts => Set<ArticleMonthCount>();
    public DbSet<EventYear> EventYears => Set<EventYear>();
    public DbSet<EventMonthCount> EventMonthCounts => Set<EventMonthCount>();
    public DbSet<EventYearCount> EventYearCounts => Set<EventYearCount>();
    public DbSet<ArticleSpanCount> ArticleSpanCounts => Set<ArticleSpanCount>();
    public DbSet<RelatedReadingEntry> RelatedReadings => Set<RelatedReadingEntry>();
    public DbSet<RelatedStale> RelatedStale => Set<RelatedStale>();
    public DbSet<KeptArticlePage> KeptArticlePages => Set<KeptArticlePage>();

    /// <summary>Data-protection keys in the store, so every web node reads the cookies any other node wrote.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArchiveDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; SQLite hands them back unspecified and PostgreSQL's timestamptz
        // refuses anything else, so the kind is set on the way in and out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        // Enums are stored by name: readable in the database and stable when members are added.
        configurationBuilder.Properties<ParagraphKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PersonStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AliasScript>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AliasKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<EventKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<EventStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CommentaryStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<DatePrecision>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<DateCertainty>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<DateSource>().HaveConversion<string>().HaveMaxLength(16);
    }
}
