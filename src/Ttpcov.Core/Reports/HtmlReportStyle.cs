namespace Ttpcov.Core.Reports;

/// <summary>
/// The report's only style sheet, inlined: system fonts, no web fonts, no images, prints on A4 landscape.
/// <see cref="LadderCss"/> is appended only when rules were given, so reports without rules keep their bytes.
/// </summary>
internal static class HtmlReportStyle
{
    public const string Css = """
        :root { color-scheme: light; }
        body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; color: #1a1a1a; background: #f5f6f7; margin: 0; }
        main { max-width: 1800px; margin: 0 auto; padding: 16px 24px 48px; }
        h1 { font-size: 24px; margin: 8px 0 2px; }
        h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #cfd8dc; padding-bottom: 4px; }
        .sub { color: #455a64; margin: 0 0 12px; }
        .figures { display: flex; flex-wrap: wrap; gap: 12px; }
        .figure { background: #fff; border: 1px solid #cfd8dc; border-radius: 6px; padding: 10px 16px; min-width: 150px; }
        .figure .value { display: block; font-size: 28px; font-weight: bold; }
        .figure .label { display: block; font-size: 12px; color: #455a64; }
        .figure.good .value { color: #1b7837; } .figure.bad .value { color: #b2182b; }
        .matrix-scroll { overflow-x: auto; background: #fff; border: 1px solid #cfd8dc; border-radius: 6px; }
        .matrix-scroll svg { display: block; max-width: 100%; min-width: 1280px; height: auto; }
        table { border-collapse: collapse; background: #fff; font-size: 13px; width: 100%; }
        th, td { border: 1px solid #cfd8dc; padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: #eceff1; }
        td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        table.facts, table.breakdown { width: auto; } table.facts th { width: 14em; } table.breakdown td:first-child { min-width: 14em; }
        .bar { display: inline-block; height: 10px; background: #5aae61; vertical-align: middle; }
        .bar-bg { display: inline-block; width: 120px; height: 10px; background: #f4a582; vertical-align: middle; }
        .tier-3 { font-weight: bold; color: #b2182b; }
        ul.names { margin: 0; padding-left: 16px; }
        code, .id { font-family: 'DejaVu Sans Mono', 'Liberation Mono', Consolas, monospace; white-space: nowrap; }
        .hash { word-break: break-all; }
        footer { color: #607d8b; font-size: 12px; margin-top: 32px; }
        @media print { body { background: #fff; } .matrix-scroll { overflow: visible; } }
        """;

    /// <summary>The rung colours of the evidence ladder (the ladder layer's), as a bar on the left of each rung cell and figure.</summary>
    public const string LadderCss = """
        td.rung { white-space: nowrap; border-left-width: 6px; }
        .rung-alerted { border-left-color: #31a354; } .rung-enabledSilent { border-left-color: #6baed6; }
        .rung-templateAvailable { border-left-color: #fd8d3c; } .rung-noDetection { border-left-color: #de2d26; }
        .figure.rung { border-left-width: 6px; }
        ul.steps { margin: 0; padding-left: 16px; } ul.steps li.template, ul.steps li.switch-on { font-weight: bold; }
        """;
}
