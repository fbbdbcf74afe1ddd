using System.Security.Cryptography;
using System.Text;
using Ttpcov.Core.Alerts;
using Ttpcov.Core.Attack;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Formats;
using Ttpcov.Core.Kb;
using Ttpcov.Core.Reports;

namespace Ttpcov.Core.Tests.Scale;

/// <summary>
/// Everything the coverage pipeline makes of one input, as text that can be compared with a golden file: a hash of
/// every record the reader produced (each field and its location), then the summary JSON of the result.
/// </summary>
internal static class CoverageFingerprint
{
    public static string Of(Stream input, string name)
    {
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);
        using var records = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long count = 0;
        foreach (var record in AlertFileReader.Read(input, name))
        {
            records.AppendData(Encoding.UTF8.GetBytes(Describe(record)));
            accumulator.Add(record);
            count++;
        }

        var catalog = EmbeddedAttackData.Enterprise18_1;
        var kb = EmbeddedKnowledgeBase.InsiderThreatV2;
        var run = new CoverageRun([name], CoverageWindow.Whole, kb.Name, kb.Version, kb.Sha256, kb.AttackVersion, catalog.Version, catalog.Source, DateTimeOffset.UnixEpoch, "test");
        var result = CoverageCalculator.Calculate(accumulator.Build(), kb, catalog, TechniqueResolver.ForEmbedded(catalog), run);
        using var summary = new MemoryStream();
        new SummaryJsonWriter().Write(result, summary);
        return $"records {count} sha256 {Convert.ToHexString(records.GetHashAndReset())}\n{Encoding.UTF8.GetString(summary.ToArray())}";
    }

    private static string Describe(AlertRecord r) =>
        string.Join('\u001f', r.Location.ToString(), r.Location.ByteOffset, r.SystemAlertId, r.TimeGenerated, r.StartTime, r.AlertName, r.ProductName,
            r.ProviderName, r.AlertType, r.Severity, r.Tactics, r.Techniques, r.SubTechniques, r.ExtendedProperties, r.Workspace, r.RuleId, r.Weight) + "\u001e";
}
