using System.Globalization;
using System.Text;

namespace Ttpcov.Core.Samples.Exports;

/// <summary>
/// Draws the detections of a synthetic tenant from a seed. Placement follows the SecRL sample: <c>Techniques</c> a
/// JSON-array string of parents (empty on a sixth of kinds), <c>SubTechniques</c> a JSON-array string (empty on
/// half), <c>MitreTechniques</c> in ExtendedProperties on about 60 % (a <c>;</c> list mixing parents and
/// sub-techniques that differs from the columns on some), and a few kinds with malformed IDs.
/// </summary>
internal static class SyntheticKindCatalog
{
    private static readonly string[] Ids =
    [
        "T1003", "T1003.001", "T1003.006", "T1005", "T1016", "T1018", "T1021.001", "T1021.002", "T1027", "T1033",
        "T1036.005", "T1046", "T1047", "T1048", "T1048.002", "T1048.003", "T1052", "T1052.001", "T1053.005",
        "T1055", "T1059.001", "T1059.003", "T1069.002", "T1070", "T1070.001", "T1071.001", "T1078", "T1078.004",
        "T1082", "T1083", "T1087.002", "T1098", "T1105", "T1110", "T1110.003", "T1112", "T1114", "T1114.002",
        "T1114.003", "T1119", "T1133", "T1135", "T1136.003", "T1137", "T1213", "T1213.002", "T1219", "T1486",
        "T1485", "T1497.001", "T1530", "T1534", "T1537", "T1550", "T1550.002", "T1552.001", "T1555.005", "T1558.003",
        "T1560", "T1560.001", "T1562.001", "T1565.001", "T1566.001", "T1567", "T1567.002", "T1569.002", "T1574.002",
        "T1586", "T1589", "T1606.002", "T1070.004", "T1040", "T1039", "T1025", "T1074.001", "T1020", "T1029",
    ];

    private static readonly string[] Tactics =
    [
        "InitialAccess", "Execution", "Persistence", "PrivilegeEscalation", "DefenseEvasion", "CredentialAccess",
        "Discovery", "LateralMovement", "Collection", "Exfiltration", "CommandAndControl", "Impact",
    ];

    private static readonly string[] Severities = ["Low", "Medium", "High", "Informational"];

    private static readonly string[] Verbs = ["Suspicious", "Unusual", "Anomalous", "Possible", "Mass", "Risky", "Unexpected"];

    private static readonly string[] Objects =
    [
        "file download", "archive creation", "mailbox export", "sign-in", "share enumeration", "credential dump",
        "USB copy", "cloud upload", "process injection", "log deletion", "rule change", "token use", "SharePoint access",
    ];

    public static IReadOnlyList<SyntheticAlertKind> Create(Random random, int count)
    {
        var kinds = new List<SyntheticAlertKind>(count);
        var productTotal = SyntheticProduct.All.Sum(p => p.Weight);
        for (var k = 0; k < count; k++)
        {
            var product = Pick(SyntheticProduct.All, random.Next(productTotal));
            kinds.Add(Kind(random, k, product));
        }

        return kinds;
    }

    private static SyntheticAlertKind Kind(Random random, int k, SyntheticProduct product)
    {
        var ids = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Ids[random.Next(Ids.Length)]).Distinct().Order(StringComparer.Ordinal).ToList();
        var parents = ids.Select(i => i[..5]).Distinct().ToList();
        var subs = ids.Where(i => i.Length > 5).ToList();
        var malformed = random.Next(40) == 0;
        var techniques = random.Next(6) == 0 ? "" : JsonList(malformed ? [.. parents, "T114", "N.A."] : parents);
        var subTechniques = random.Next(2) == 0 ? "" : JsonList(subs);
        var extended = random.Next(10) < 6 ? string.Join(';', random.Next(5) == 0 ? [.. ids, Ids[random.Next(Ids.Length)]] : ids) : null;
        var tactics = string.Join(", ", Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Tactics[random.Next(Tactics.Length)]).Distinct());
        var name = $"{Verbs[random.Next(Verbs.Length)]} {Objects[random.Next(Objects.Length)]} ({k.ToString(CultureInfo.InvariantCulture)})";
        var ruleId = product.IsSentinel ? new Guid(random.Next(), (short)k, 0x4b4b, 1, 2, 3, 4, 5, 6, 7, 8).ToString() : null;
        var weight = 1 + (int)(1000 / (1.0 + k)) + random.Next(5);
        return new SyntheticAlertKind(
            name, product, Severities[random.Next(Severities.Length)], random.Next(8) == 0 ? "Unknown" : tactics,
            techniques, subTechniques, extended, ruleId, Text(random, 120 + random.Next(500)), Remediation(random),
            400 + random.Next(2600), 1 + random.Next(6), weight);
    }

    private static SyntheticProduct Pick(IReadOnlyList<SyntheticProduct> products, int draw)
    {
        foreach (var product in products)
        {
            if ((draw -= product.Weight) < 0)
            {
                return product;
            }
        }

        return products[^1];
    }

    private static string JsonList(IEnumerable<string> items) => "[" + string.Join(',', items.Select(i => $"\"{i}\"")) + "]";

    private static string Remediation(Random random) =>
        JsonList(Enumerable.Range(1, 1 + random.Next(5)).Select(i => $"{i}. {Text(random, 60 + random.Next(120))}"));

    /// <summary>Prose-like ASCII text with the odd quote, so CSV quoting and JSON escaping are exercised.</summary>
    public static string Text(Random random, int length)
    {
        string[] words = ["the", "device", "account", "was", "used", "to", "gather", "information", "attackers", "might",
            "be", "trying", "review", "'suspicious'", "activity", "process", "tree", "isolate", "reset", "passwords", "and"];
        var text = new StringBuilder(length + 16);
        while (text.Length < length)
        {
            text.Append(words[random.Next(words.Length)]).Append(random.Next(12) == 0 ? ". " : " ");
        }

        return text.ToString(0, length).Trim();
    }
}
