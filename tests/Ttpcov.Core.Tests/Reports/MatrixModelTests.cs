using Ttpcov.Core.Reports;

namespace Ttpcov.Core.Tests.Reports;

public class MatrixModelTests
{
    private static readonly MatrixModel Matrix = MatrixModel.Create(ReportSamples.Spread(), ReportSamples.Catalog);

    [Fact]
    public void Columns_follow_the_matrix_order_of_the_catalog_and_hold_only_tactics_with_kb_techniques()
    {
        Assert.Equal(
            ["initial-access", "persistence", "privilege-escalation", "defense-evasion", "collection", "exfiltration"],
            Matrix.Columns.Select(c => c.ShortName));
        Assert.Equal("Initial Access", Matrix.Columns[0].Name);
    }

    [Fact]
    public void A_technique_sits_under_every_kb_tactic_and_sub_techniques_follow_their_parent()
    {
        Assert.Equal(["T1078", "T1078.004"], Column("initial-access").Cells.Select(c => c.Id.ToString()));
        Assert.Equal(["T1052", "T1567", "T1567.002"], Column("exfiltration").Cells.Select(c => c.Id.ToString()));
        Assert.Equal("Cloud Accounts", Column("persistence").Cells.Single(c => c.Id.ToString() == "T1078.004").ShortName);
    }

    [Fact]
    public void Without_kb_tactics_the_catalog_s_apply_and_a_missing_parent_is_drawn_as_context()
    {
        foreach (var tactic in new[] { "persistence", "privilege-escalation", "defense-evasion" })
        {
            var cells = Column(tactic).Cells.Where(c => c.Id.Number == 1574).ToList();
            Assert.Equal([MatrixCellState.Context, MatrixCellState.Uncovered], cells.Select(c => c.State));
        }

        Assert.Equal(2, Column("defense-evasion").Cells.Count);
        Assert.Equal(1, Column("defense-evasion").KbTechniques);
    }

    [Fact]
    public void Cells_carry_status_tier_alerts_and_the_parent_only_mark()
    {
        var cells = Matrix.Cells.Where(c => c.State != MatrixCellState.Context).DistinctBy(c => c.Id).ToDictionary(c => c.Id.ToString());

        Assert.Equal(8, cells.Count);
        Assert.Equal((MatrixCellState.Covered, 3, 1234L), (cells["T1078"].State, cells["T1078"].Tier, cells["T1078"].Alerts));
        Assert.True(cells["T1567.002"].ParentOnly);
        Assert.Equal(3, Matrix.Cells.Where(c => c.State == MatrixCellState.Covered).DistinctBy(c => c.Id).Count());
    }

    private static MatrixColumn Column(string tactic) => Matrix.Columns.Single(c => c.ShortName == tactic);
}
