using Ttpcov.DataGen;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.DataGen;

public sealed class GeneratedDataTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "ttpcov-datagen-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_committed_data_is_exactly_what_the_generator_writes_today()
    {
        var shared = Path.GetDirectoryName(SharedData.Require("reference"))!;

        var written = DataGenerator.Generate(shared, _output);

        Assert.Equal(DataGenerator.FileNames.Order(StringComparer.Ordinal), written.Select(w => Path.GetFileName(w.Path)).Order(StringComparer.Ordinal));
        var committed = Path.Combine(SharedData.RepoRoot, "src", "Ttpcov.Core", "Data");
        Assert.All(DataGenerator.FileNames, name =>
            Assert.True(
                File.ReadAllBytes(Path.Combine(committed, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_output, name))),
                $"src/Ttpcov.Core/Data/{name} differs from the generator's output: run dotnet run --project tools/Ttpcov.DataGen"));
    }

    [Fact]
    public void Generated_files_use_lf_line_ends_and_no_byte_order_mark()
    {
        var committed = Path.Combine(SharedData.RepoRoot, "src", "Ttpcov.Core", "Data");

        Assert.All(DataGenerator.FileNames, name =>
        {
            var bytes = File.ReadAllBytes(Path.Combine(committed, name));
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        });
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
