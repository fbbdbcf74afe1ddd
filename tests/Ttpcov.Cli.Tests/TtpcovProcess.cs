using System.Diagnostics;
using Ttpcov.TestSupport;

namespace Ttpcov.Cli.Tests;

/// <summary>Starts the real built ttpcov (src/Ttpcov.Cli/bin/&lt;config&gt;/net10.0/ttpcov.dll) as a separate process.</summary>
internal static class TtpcovProcess
{
    public static string Dll { get; } = Find();

    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string Find()
    {
        // The tests run from tests/Ttpcov.Cli.Tests/bin/<config>/net10.0/: use the CLI built in the same configuration.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(SharedData.RepoRoot, "src", "Ttpcov.Cli", "bin", configuration, "net10.0", "ttpcov.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build the CLI first (dotnet build Ttpcov.slnx)", dll);
    }
}
