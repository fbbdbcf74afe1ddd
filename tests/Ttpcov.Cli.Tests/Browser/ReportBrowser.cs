using System.Text.Json;

namespace Ttpcov.Cli.Tests.Browser;

/// <summary>
/// Opens a report in headless Chromium, waits for the load event, reads what was drawn and keeps a screenshot under
/// the test output's <c>artifacts/</c> folder. Skips visibly when no Chromium is installed, except in CI (the
/// <c>CI</c> variable set), where .ci/run installs it and its absence is a failure.
/// </summary>
internal static class ReportBrowser
{
    public static string ArtifactsFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public static async Task<RenderedReport> RenderAsync(string reportPath, string screenshotName)
    {
        var executable = RequireChromium();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var token = timeout.Token;
        await using var browser = await HeadlessChromium.StartAsync(executable, token);
        var page = browser.Page;
        await page.SendAsync("Runtime.enable", null, token);
        await page.SendAsync("Log.enable", null, token);
        await page.SendAsync("Page.enable", null, token);
        await page.SendAsync("Emulation.setDeviceMetricsOverride", new { width = HeadlessChromium.Width, height = HeadlessChromium.Height, deviceScaleFactor = 1, mobile = false }, token);
        await page.SendAsync("Page.navigate", new { url = new Uri(reportPath).AbsoluteUri }, token);
        await page.WaitForEventAsync("Page.loadEventFired", token);
        var evaluated = await page.SendAsync("Runtime.evaluate", new { expression = RenderedReport.Script, returnByValue = true }, token);
        var shot = await page.SendAsync("Page.captureScreenshot", new { format = "png" }, token);
        await File.WriteAllBytesAsync(Path.Combine(ArtifactsFolder, screenshotName), Convert.FromBase64String(shot.GetProperty("data").GetString()!), token);
        return RenderedReport.From(evaluated.GetProperty("result").GetProperty("value").GetString()!, Complaints(page));
    }

    // Console errors and warnings, uncaught exceptions, log entries of level error/warning (CSP violations, failed loads), dialogs.
    private static List<string> Complaints(CdpConnection page) =>
    [
        .. page.Events.Select(e => e.Method switch
        {
            "Runtime.consoleAPICalled" when e.Params.GetProperty("type").GetString() is "error" or "warning" or "assert" => "console: " + e.Params.GetRawText(),
            "Runtime.exceptionThrown" => "exception: " + e.Params.GetRawText(),
            "Log.entryAdded" when e.Params.GetProperty("entry").GetProperty("level").GetString() is "error" or "warning" => "log: " + e.Params.GetProperty("entry").GetRawText(),
            "Page.javascriptDialogOpening" => "dialog: " + e.Params.GetRawText(),
            _ => null,
        }).OfType<string>(),
    ];

    private static string RequireChromium()
    {
        if (HeadlessChromium.Executable is { } path)
        {
            return path;
        }

        var ci = Environment.GetEnvironmentVariable("CI");
        Assert.False(!string.IsNullOrEmpty(ci) && ci != "false", "CI must run the browser tests: .ci/run installs Debian's chromium");
        Assert.Skip("headless Chromium is not installed (apt-get install chromium, or set TTPCOV_CHROMIUM): the report was not checked in a browser");
        return string.Empty;
    }

    public static JsonElement Summary(string folder) => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "summary.json"))).RootElement.Clone();
}
