using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace BelarusUsArchive.Web.Import;

/// <summary>
/// Runs a function over items on several threads and hands the results back in the items' order, holding at most
/// <c>ahead</c> finished or running results at a time (so memory stays bounded however many items there are).
/// </summary>
public static class OrderedWork
{
    public static async IAsyncEnumerable<TOut> RunAsync<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> work, int degree, int ahead,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var queue = Channel.CreateBounded<Task<TOut>>(new BoundedChannelOptions(ahead) { SingleReader = true, SingleWriter = true });
        // Not disposed: a worker still running when the reader stops releases it afterwards.
        var slots = new SemaphoreSlim(Math.Max(1, degree));
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in items)
                {
                    await slots.WaitAsync(stop.Token);
                    var task = Task.Run(() =>
                    {
                        try
                        {
                            return work(item);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    }, CancellationToken.None);
                    await queue.Writer.WriteAsync(task, stop.Token);
                }
                queue.Writer.Complete();
            }
            catch (Exception e)
            {
                queue.Writer.TryComplete(e);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var task in queue.Reader.ReadAllAsync(cancellationToken))
            {
                yield return await task;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
        }
    }
}
