using CsCheck;
using Ttpcov.Core.Alerts;
using Ttpcov.Core.Attack;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Kb;

namespace Ttpcov.Fuzz.Tests;

/// <summary>
/// Properties of the numbers people act on, over random alert sets built from KB techniques, their parents and
/// sub-techniques, unknown IDs and junk, with duplicated SystemAlertIds (status updates).
/// </summary>
public sealed class CoverageInvariantTests
{
    private static readonly KnowledgeBase Kb = EmbeddedKnowledgeBase.InsiderThreatV2;
    private static readonly AttackCatalog Target = EmbeddedAttackData.Enterprise18_1;
    private static readonly TechniqueResolver Resolver = TechniqueResolver.ForEmbedded(Target);
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Vocabulary =
    [
        .. Kb.Techniques.Select(t => t.Id.ToString()),
        .. Kb.Techniques.Where(t => t.Id.IsSubTechnique).Select(t => t.Id.Parent.ToString()),
        "T1078.004", "T1562.001", "T1089", "T9999", "N.A.", "t1005", "T1005.999",
    ];

    private static readonly Gen<AlertRecord[]> Alerts =
        Gen.Select(Gen.Int[0, 40], Gen.Int[0, Vocabulary.Length - 1].Array[0, 4], Gen.Int[0, 2]).Array[0, 60]
            .Select(rows => rows.Select((r, i) => new AlertRecord
            {
                SystemAlertId = r.Item3 == 0 ? null : $"alert-{r.Item1}",
                TimeGenerated = Start.AddMinutes(i).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                AlertName = $"rule {r.Item1 % 7}",
                Techniques = r.Item3 == 2 ? $"[{string.Join(",", r.Item2.Select(t => $"\"{Vocabulary[t]}\""))}]" : null,
                ExtendedProperties = r.Item3 == 1 ? $"{{\"MitreTechniques\":\"{string.Join(";", r.Item2.Select(t => Vocabulary[t]))}\"}}" : null,
            }).ToArray());

    [Fact]
    public void Coverage_stays_within_the_KB_parents_count_their_subs_and_row_order_does_not_matter()
    {
        var tried = 0L;
        Gen.Select(Alerts, Gen.Int).Sample(
            (alerts, shuffleSeed) =>
            {
                Interlocked.Increment(ref tried);
                var result = Calculate(alerts);
                var shuffled = Calculate(alerts.OrderBy(_ => new Random(shuffleSeed).Next()).ToArray());

                Assert.Equal(result.Totals.KbTechniques, result.Totals.Covered + result.Totals.Uncovered);
                Assert.InRange(result.Totals.Covered, 0, Kb.Techniques.Count);
                Assert.InRange(result.Totals.Percent, 0, 100);
                Assert.All(result.Techniques, t => Assert.InRange(t.Evidence.AlertCount, 0, result.Alerts.UniqueAlerts));
                Assert.True(result.Alerts.UniqueAlerts <= alerts.Length);
                var byId = result.Techniques.ToDictionary(t => t.Id);
                foreach (var sub in result.Techniques.Where(t => t.Id.IsSubTechnique && byId.ContainsKey(t.Id.Parent)))
                {
                    Assert.True(byId[sub.Id.Parent].Evidence.AlertCount >= sub.Evidence.AlertCount, $"{sub.Id.Parent} counts fewer alerts than {sub.Id}");
                }

                Assert.Equal(Counts(result), Counts(shuffled));
                Assert.Equal(result.Totals, shuffled.Totals);
            },
            seed: FuzzBudget.Seed, iter: FuzzBudget.Iterations(200), time: FuzzBudget.Time);
        FuzzCount.Report("random alert sets", tried);
    }

    private static CoverageResult Calculate(IEnumerable<AlertRecord> alerts)
    {
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);
        foreach (var alert in alerts)
        {
            accumulator.Add(alert);
        }

        var run = new CoverageRun([], CoverageWindow.Whole, Kb.Name, Kb.Version, Kb.Sha256, Kb.AttackVersion, Target.Version, Target.Source, Start, "test");
        return CoverageCalculator.Calculate(accumulator.Build(), Kb, Target, Resolver, run);
    }

    private static string Counts(CoverageResult result) =>
        string.Join(",", result.Techniques.Select(t => $"{t.Id}={t.Evidence.AlertCount}/{t.ParentOnlyAlerts}/{t.Status}"));
}
