using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BelarusUsArchive.Web.Data;

/// <summary>
/// PostgreSQL text cannot hold U+0000 and refuses a statement whose parameter does, so a NUL in a
/// filter, a query or a form would be a server error there (SQLite stores it). Every string parameter
/// of every command on PostgreSQL goes without it: no slug or word contains one, so a filter still
/// matches what it did, and stored text loses only a character the store could never keep.
/// </summary>
internal sealed class NulFreeText : DbCommandInterceptor
{
    public static NulFreeText Instance { get; } = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Clean(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Clean(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Clean(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Clean(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Clean(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Clean(command);
        return ValueTask.FromResult(result);
    }

    internal static void Clean(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            // A list filter (several authors) is one text[] parameter.
            parameter.Value = parameter.Value switch
            {
                string text when HasNul(text) => WithoutNul(text),
                IEnumerable<string> texts when texts.Any(HasNul) => texts.Select(WithoutNul).ToArray(),
                var value => value,
            };
        }
    }

    private static bool HasNul(string? text) => text?.Contains('\0', StringComparison.Ordinal) == true;

    private static string WithoutNul(string text) => text?.Replace("\0", "", StringComparison.Ordinal)!;
}
