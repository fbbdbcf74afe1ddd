using System.Diagnostics;

namespace Ttpcov.Cli.Tests;

/// <summary>Runs the real ttpcov executable (the CLI's build output, copied beside the tests) as a child process.</summary>
internal static class TtpcovProcess
{
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "ttpcov.dll");

    /// <summary>Starts ttpcov and drains its output; the caller waits for it or kills it.</summary>
    public static Process Start(params string[] args)
    {
        var process = Process.Start(StartInfo(args, new Dictionary<string, string>()))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs ttpcov to the end and returns its exit code and output.</summary>
    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(args, environment))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    private static ProcessStartInfo StartInfo(string[] args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
