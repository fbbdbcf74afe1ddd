using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ttpcov.Cli.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol. Chosen over Selenium (needs chromium-driver and a
/// package) and Playwright (downloads its own browsers, which this network forbids): plain command-line flags start
/// it, and CDP over System.Net.WebSockets reads console errors, evaluates JavaScript and takes screenshots with no
/// extra package. Each instance has its own fresh profile folder and is killed (by its process id) on dispose.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const int Width = 1800;
    public const int Height = 1200;

    private readonly Process _process;
    private readonly string _profile;

    private HeadlessChromium(Process process, string profile, CdpConnection page)
    {
        _process = process;
        _profile = profile;
        Page = page;
    }

    public CdpConnection Page { get; }

    /// <summary>The browser to use: <c>TTPCOV_CHROMIUM</c>, else /usr/bin/chromium; null when neither exists.</summary>
    public static string? Executable =>
        Environment.GetEnvironmentVariable("TTPCOV_CHROMIUM") is { Length: > 0 } path ? path
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium"
        : null;

    public static async Task<HeadlessChromium> StartAsync(string executable, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("ttpcov-chromium-").FullName;
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0", $"--user-data-dir={profile}",
            $"--window-size={Width},{Height}", "about:blank"])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var port = await ReadPortAsync(profile, cancellationToken);
        using var http = new HttpClient();
        var targets = await http.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{port}/json/list", cancellationToken);
        var page = targets.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
        var connection = await CdpConnection.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), cancellationToken);
        return new HeadlessChromium(process, profile, connection);
    }

    // Chromium writes the port it chose into DevToolsActivePort in the profile folder once it listens.
    private static async Task<int> ReadPortAsync(string profile, CancellationToken cancellationToken)
    {
        var file = Path.Combine(profile, "DevToolsActivePort");
        while (true)
        {
            if (File.Exists(file) && File.ReadAllLines(file) is [var port, ..] && int.TryParse(port, out var value))
            {
                return value;
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Page.DisposeAsync();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium's helpers may still hold a file for a moment; the temp folder is cleaned by the system.
        }
    }
}
