using BelarusUsArchive.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BelarusUsArchive.Web.Backup;

/// <summary>A table of the store as a backup holds it: its name, its columns, and the tables it refers to.</summary>
internal sealed record BackupTable(string Name, IReadOnlyList<BackupColumn> Columns, IReadOnlyList<string> Key, IReadOnlyList<string> References);

/// <summary>A column and the CLR type its values are read and written as, the same on every provider.</summary>
internal sealed record BackupColumn(string Name, Type Type, bool IsIdentity);

/// <summary>
/// Every table of the archive's EF model (articles to accounts and data-protection keys), read off the
/// relational model so that a new entity is backed up without touching this code. Columns a provider
/// computes itself (PostgreSQL's search vectors) are not in the model, so restore rebuilds them.
/// </summary>
internal static class BackupTables
{
    public static IReadOnlyList<BackupTable> Of(ArchiveDb db)
    {
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var tables = model.Tables
            .Where(t => t.Name != "__EFMigrationsHistory" && !AggregateConfiguration.Tables.Contains(t.Name)
                && t.Name != KeptArticlePageConfiguration.Table)
            .Select(t => new BackupTable(
                t.Name,
                [.. t.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new BackupColumn(c.Name, Nullable.GetUnderlyingType(c.ProviderClrType) ?? c.ProviderClrType, IsIdentity(c)))],
                [.. t.PrimaryKey!.Columns.Select(c => c.Name)],
                [.. t.ForeignKeyConstraints.Select(f => f.PrincipalTable.Name).Where(n => n != t.Name).Distinct()]))
            .ToList();
        return InDependencyOrder(tables);
    }

    private static bool IsIdentity(IColumn column) =>
        column.PropertyMappings.Any(m => m.Property.ValueGenerated == ValueGenerated.OnAdd && m.Property.IsPrimaryKey()
            && (Nullable.GetUnderlyingType(m.Property.ClrType) ?? m.Property.ClrType) is var t && (t == typeof(int) || t == typeof(long)));

    /// <summary>Referenced tables before the tables that refer to them, so restoring never breaks a foreign key.</summary>
    private static List<BackupTable> InDependencyOrder(List<BackupTable> tables)
    {
        var ordered = new List<BackupTable>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var pending = tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(t => t.References.All(placed.Contains))
                ?? throw new InvalidOperationException("The tables' foreign keys form a cycle: " + string.Join(", ", pending.Select(t => t.Name)));
            ordered.Add(ready);
            placed.Add(ready.Name);
            pending.Remove(ready);
        }
        return ordered;
    }
}
