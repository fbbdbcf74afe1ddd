using BenchmarkDotNet.Running;
using Ttpcov.Benchmarks.EndToEnd;
using Ttpcov.Benchmarks.Generation;

// dotnet run -c Release --project benchmarks/Ttpcov.Benchmarks -- e2e --sizes 100MB,1GB,4GB
// dotnet run -c Release --project benchmarks/Ttpcov.Benchmarks -- generate --format ndjson --size 1GB --out alerts.ndjson
// dotnet run -c Release --project benchmarks/Ttpcov.Benchmarks -- micro [BenchmarkDotNet arguments, e.g. --filter *]
return args switch
{
    ["generate", .. var rest] => GenerateCommand.Run(rest),
    ["e2e", .. var rest] => await EndToEndCommand.RunAsync(rest),
    ["micro", .. var rest] => RunMicro(rest),
    _ => Usage(),
};

static int RunMicro(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(Ttpcov.Benchmarks.Arguments).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Ttpcov.Benchmarks generate --format queryapi|ndjson|csv [--gzip] --size 100MB --out FILE [--seed N]");
    Console.Error.WriteLine("       Ttpcov.Benchmarks e2e [--sizes 100MB,1GB,4GB] [--formats queryapi,ndjson,csv,ndjson.gz] [--dir TEMP] [--keep]");
    Console.Error.WriteLine("       Ttpcov.Benchmarks micro [BenchmarkDotNet arguments]");
    return 2;
}
