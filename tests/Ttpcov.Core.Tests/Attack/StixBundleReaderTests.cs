using Ttpcov.TestSupport;
using System.Text;
using System.Text.Json.Nodes;
using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Tests.Attack;

public class StixBundleReaderTests
{
    private static AttackCatalog Read(JsonNode bundle, string? version = null) =>
        StixBundleReader.Read(SyntheticBundle.Stream(bundle), "enterprise-attack.json", version);

    private static AttackTechnique Get(AttackCatalog catalog, string id) =>
        catalog.TryGet(TechniqueId.Parse(id), out var technique) ? technique : throw new InvalidOperationException(id + " missing");

    [Fact]
    public void Tactics_come_in_the_order_of_the_current_matrix()
    {
        var catalog = Read(SyntheticBundle.Build(v18Detection: false));

        Assert.Equal(
            [new AttackTactic("TA0001", "initial-access", "Initial Access"), new AttackTactic("TA0005", "defense-evasion", "Defense Evasion"), new AttackTactic("TA0010", "exfiltration", "Exfiltration")],
            catalog.Tactics);
    }

    [Fact]
    public void Techniques_carry_their_mitre_attack_id_name_and_tactics_in_matrix_order()
    {
        var catalog = Read(SyntheticBundle.Build(v18Detection: false));

        var valid = Get(catalog, "T1078");
        Assert.Equal("Valid Accounts", valid.Name);
        Assert.Equal(["initial-access", "defense-evasion", "exfiltration"], valid.Tactics);
        Assert.True(valid.Live);
        Assert.True(catalog.IsLive(TechniqueId.Parse("T1052.001")));
        Assert.Equal("Exfiltration Over Physical Medium: Exfiltration over USB", catalog.DisplayName(TechniqueId.Parse("T1052.001")));
    }

    [Fact]
    public void A_revoked_technique_points_at_its_replacement_through_the_revoked_by_relationship()
    {
        var old = Get(Read(SyntheticBundle.Build(v18Detection: false)), "T1089");

        Assert.True(old.Revoked);
        Assert.Equal(TechniqueId.Parse("T1078"), old.RevokedBy);
    }

    [Fact]
    public void A_deprecated_technique_is_kept_and_marked()
    {
        var gone = Get(Read(SyntheticBundle.Build(v18Detection: false)), "T1043");

        Assert.True(gone.Deprecated);
        Assert.False(gone.Live);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Data_components_are_found_under_both_detection_models(bool v18Detection)
    {
        var catalog = Read(SyntheticBundle.Build(v18Detection));

        Assert.Equal(["Drive Creation"], Get(catalog, "T1052.001").DataComponents);
        Assert.Empty(Get(catalog, "T1052").DataComponents);
    }

    [Fact]
    public void The_release_comes_from_the_collection_object()
    {
        var catalog = Read(SyntheticBundle.Build(v18Detection: false, collectionVersion: "15.1"));

        Assert.Equal("15.1", catalog.Version);
        Assert.Equal("15", catalog.MajorVersion);
    }

    [Fact]
    public void A_version_override_wins_over_the_collection() =>
        Assert.Equal("16.0", Read(SyntheticBundle.Build(v18Detection: false), "16.0").Version);

    [Fact]
    public void A_bundle_without_collection_or_override_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<InputFormatException>(() => Read(SyntheticBundle.Build(v18Detection: false, collectionVersion: null)));

        Assert.Contains("x-mitre-collection", error.Message, StringComparison.Ordinal);
        Assert.Equal("enterprise-attack.json", error.InputName);
    }

    [Fact]
    public async Task Reading_asynchronously_gives_the_same_catalog()
    {
        var catalog = await StixBundleReader.ReadAsync(SyntheticBundle.Stream(SyntheticBundle.Build(v18Detection: true)), "b.json", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(5, catalog.Techniques.Count());
    }

    [Theory]
    [InlineData("{\"type\":\"bundle\",\"objects\":[{\"type\":\"x-mitre-tactic\"", "not valid JSON")]
    [InlineData("[1,2]", "not a STIX bundle")]
    [InlineData("{\"type\":\"bundle\"}", "'objects' is missing")]
    [InlineData("{\"type\":\"bundle\",\"objects\":[]}", "x-mitre-collection")]
    public void Bad_input_is_refused_naming_the_problem(string json, string expected)
    {
        var error = Assert.Throws<InputFormatException>(() => StixBundleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "bad.json"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("bad.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_without_a_current_matrix_is_refused()
    {
        var bundle = SyntheticBundle.Build(v18Detection: false);
        var objects = bundle["objects"]!.AsArray();
        objects.Remove(objects.Single(o => o!["id"]!.GetValue<string>() == "x-mitre-matrix--m"));

        Assert.Throws<InputFormatException>(() => Read(bundle));
    }
}
