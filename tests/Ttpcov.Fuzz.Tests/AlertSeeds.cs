using System.Text;

namespace Ttpcov.Fuzz.Tests;

/// <summary>
/// The exports mutation starts from: the seed rows written in every shape (plain, gzipped, with a UTF-8 BOM,
/// as UTF-16), and the small real exports under shared/samples as they are (the large ones only in the long pass).
/// </summary>
public static class AlertSeeds
{
    private static readonly string[] SmallSamples =
    [
        "alerts/microsoft__msticpy/tests/testdata/azmondata/az_mon_raw_query.json",
        "alerts/microsoft__SecRL/secgym/qagen/extracted_incidents.csv",
    ];

    private static readonly string[] LargeSamples =
    [
        "alerts/microsoft__SecRL/secgym/qagen/extracted_alerts.csv",
        "alerts/Azure__Azure-Sentinel-Notebooks/tutorials-and-examples/feature-tutorials/data/alertlist.csv",
        "alerts/Azure__Azure-Sentinel/Tools/MITREATT&CK-LayerGeneration-Notebook/MSFT-Builtin-Alerts.csv",
    ];

    public static IReadOnlyList<byte[]> All { get; } = Build();

    private static List<byte[]> Build()
    {
        var seeds = new List<byte[]>();
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            var bytes = ExportWriter.Write(AlertRows.All, format);
            seeds.Add(bytes);
            seeds.Add(ExportWriter.Write(AlertRows.Synthetic.Take(2).ToList(), format));
            seeds.Add(Mutator.Gzip(bytes));
            seeds.Add([0xEF, 0xBB, 0xBF, .. bytes]);
        }

        seeds.Add([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(ExportWriter.Write(AlertRows.Synthetic, ExportFormat.DelimitedTab)))]);
        var samples = FuzzBudget.IsLongPass ? SmallSamples.Concat(LargeSamples) : SmallSamples;
        seeds.AddRange(samples.Select(AlertRows.SamplePath).OfType<string>().Select(File.ReadAllBytes));
        return seeds;
    }
}
