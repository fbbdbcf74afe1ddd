namespace Ttpcov.Core.Formats;

/// <summary>The shapes of SecurityAlert exports <see cref="AlertFileReader"/> reads.</summary>
public enum AlertFileFormat
{
    /// <summary>Detect from the content (the default; only meaningful in <see cref="AlertReadOptions"/>).</summary>
    Auto,

    /// <summary>A Log Analytics query API response: <c>{"tables":[{"columns":[…],"rows":[[…]]}]}</c>.</summary>
    QueryApi,

    /// <summary>Sentinel REST incident-alert entities: <c>{"value":[{"kind":"SecurityAlert","properties":{…}}]}</c> or an array of them.</summary>
    RestEntities,

    /// <summary>A JSON array of row objects, e.g. <c>az monitor log-analytics query -o json</c>.</summary>
    JsonRows,

    /// <summary>Row objects one after another (NDJSON / JSON Lines), or a single row object.</summary>
    Ndjson,

    /// <summary>Delimited text with a header: portal CSV, pandas CSV, the SecRL <c>❖</c>-separated export, TSV….</summary>
    Delimited,
}
