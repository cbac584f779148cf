using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BelarusUsArchive.Web.Data;

/// <summary>Stores and reads every <see cref="DateTime"/> as UTC.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
