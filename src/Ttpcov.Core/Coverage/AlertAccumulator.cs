using System.IO.Hashing;
using System.Text;
using Ttpcov.Core.Alerts;
using Ttpcov.Core.Formats;

namespace Ttpcov.Core.Coverage;

/// <summary>
/// Takes alert records one at a time from any source and keeps, per alert, only what the result needs.
/// Rows outside the window are dropped first; then alerts are deduplicated by <c>SystemAlertId</c> (compared
/// case-insensitively, held as a 128-bit hash), keeping the row with the latest <c>TimeGenerated</c> (on a tie,
/// the row read last). Rows without <c>SystemAlertId</c> count once each. Memory: one <see cref="AlertFacts"/>
/// plus a 16-byte key per unique alert; distinct names, rules and technique sets are stored once.
/// </summary>
public sealed class AlertAccumulator
{
    private readonly CoverageWindow _window;
    private readonly DateOrder _dateOrder;
    private readonly Dictionary<UInt128, AlertFacts> _byId = [];
    private readonly List<AlertFacts> _withoutId = [];
    private readonly TechniqueSetPool _sets = new();
    private readonly TechniqueSetMemo _memo;
    private readonly ExtendedPropertiesScan _scan = new();
    private readonly ValuePool _names = new();
    private readonly ValuePool _products = new();
    private readonly ValuePool _rules = new();
    private readonly ValuePool _workspaces = new();
    private long _rowsRead;
    private long _outsideWindow;
    private long _withoutTime;
    private long _withoutAlertId;
    private long _duplicates;

    public AlertAccumulator(CoverageWindow window, DateOrder dateOrder = DateOrder.MonthFirst)
    {
        _window = window;
        _dateOrder = dateOrder;
        _memo = new TechniqueSetMemo(_sets);
    }

    /// <summary>Adds one record. Throws <see cref="AlertFormatException"/> for a timestamp that cannot be read.</summary>
    public void Add(AlertRecord record)
    {
        _rowsRead++;
        var lastSeen = ParseTime(record, AlertField.TimeGenerated, record.TimeGenerated);
        if (_window.Start is not null || _window.End is not null)
        {
            if (lastSeen is not { } time)
            {
                _withoutTime++;
                return;
            }

            if (!_window.Contains(time))
            {
                _outsideWindow++;
                return;
            }
        }

        var firstSeen = ParseTime(record, AlertField.StartTime, record.StartTime) ?? lastSeen;
        _scan.Run(record.ExtendedProperties, wantRuleIds: string.IsNullOrWhiteSpace(record.RuleId));
        var facts = new AlertFacts(
            lastSeen?.UtcTicks ?? 0,
            firstSeen?.UtcTicks ?? 0,
            _memo.HandleFor(record, _scan),
            _names.Intern(AlertNames.Normalise(record.AlertName)),
            _products.Intern(record.ProductName?.Trim()),
            _rules.Intern(RuleIdExtractor.Extract(record, _scan)),
            _workspaces.Intern(record.Workspace?.Trim()),
            record.Weight);

        var id = record.SystemAlertId?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            _withoutAlertId++;
            _withoutId.Add(facts);
            return;
        }

        var key = KeyOf(id);
        if (_byId.TryGetValue(key, out var existing))
        {
            _duplicates++;
            if (facts.LastSeenTicks >= existing.LastSeenTicks)
            {
                _byId[key] = facts;
            }

            return;
        }

        _byId.Add(key, facts);
    }

    /// <summary>
    /// The deduplicated alerts. The set reads the accumulator's own tables instead of copying them (a copy would
    /// add 48 bytes per unique alert to the peak), so nothing may be added after <see cref="Build"/>.
    /// </summary>
    public AlertSet Build()
    {
        var alerts = _byId.Values.Concat(_withoutId);
        long unique = 0, withTechniques = 0, unreadable = 0;
        foreach (var alert in alerts)
        {
            unique += alert.Weight;
            var set = _sets[alert.TechniqueSet];
            withTechniques += set.Ids.Count > 0 ? alert.Weight : 0;
            unreadable += set.ExtendedPropertiesUnreadable ? alert.Weight : 0;
        }

        var statistics = new AlertStatistics(_rowsRead, _outsideWindow, _withoutTime, _withoutAlertId, _duplicates, unique, withTechniques, unreadable);
        return new AlertSet(alerts, _sets, _names, _products, _rules, _workspaces, statistics);
    }

    /// <summary>XxHash128 of the UTF-8 of the lower-cased ID, without allocating for IDs of usual length.</summary>
    private static UInt128 KeyOf(string id)
    {
        if (id.Length > 128)
        {
            return XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(id.ToLowerInvariant()));
        }

        Span<char> lower = stackalloc char[id.Length];
        id.AsSpan().ToLowerInvariant(lower);
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(lower.Length)];
        return XxHash128.HashToUInt128(utf8[..Encoding.UTF8.GetBytes(lower, utf8)]);
    }

    private DateTimeOffset? ParseTime(AlertRecord record, AlertField field, string? text)
    {
        return TimestampParser.TryParse(text, _dateOrder, out var value)
            ? value
            : throw new AlertFormatException(record.Location.Source, record.Location.Line, record.Location.ByteOffset, field.ToString(),
                $"'{Truncate(text!)}' is not a timestamp ttpcov can read (ISO 8601, or a portal export date; see --date-order)");
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
