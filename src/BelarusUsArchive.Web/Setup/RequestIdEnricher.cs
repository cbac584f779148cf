using System.Diagnostics;
using Serilog.Core;
using Serilog.Events;

namespace BelarusUsArchive.Web.Setup;

/// <summary>
/// Every event logged while a request is handled carries that request's RequestId and TraceId, whichever
/// logger wrote it, so one grep finds everything a request did.
/// </summary>
internal sealed class RequestIdEnricher(IHttpContextAccessor accessor) : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (accessor.HttpContext is { } http)
        {
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("RequestId", http.TraceIdentifier));
        }
        if (Activity.Current is { } activity)
        {
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("TraceId", activity.TraceId.ToHexString()));
        }
    }
}
