using Ttpcov.Core.Rules;

namespace Ttpcov.Cli.Input;

/// <summary>
/// Turns <c>--rules</c> paths into rule files for Core: a file as given, a folder walked recursively for
/// <c>.yaml</c>, <c>.yml</c> and <c>.json</c> (hidden folders such as <c>.git</c> skipped). Paths in reports are
/// relative to the folder given, prefixed with its name, so reports do not depend on where the tool ran.
/// </summary>
internal static class RuleFileInput
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    public static IReadOnlyList<RuleSourceFile> Files(IEnumerable<string> paths)
    {
        var files = new List<RuleSourceFile>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                var full = Path.GetFullPath(path);
                files.Add(new RuleSourceFile(Path.GetFileName(full), () => File.OpenRead(full)));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Walk(new DirectoryInfo(path)));
            }
            else
            {
                throw new InputException($"{Path.GetFullPath(path)}: no such file or folder");
            }
        }

        return files;
    }

    private static IEnumerable<RuleSourceFile> Walk(DirectoryInfo root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        return root.EnumerateFiles("*", options)
            .Where(f => Extensions.Contains(f.Extension.ToLowerInvariant()))
            .Where(f => !Path.GetRelativePath(root.FullName, f.FullName).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Select(f => new RuleSourceFile(
                (root.Name + "/" + Path.GetRelativePath(root.FullName, f.FullName)).Replace('\\', '/'),
                () => f.OpenRead()));
    }
}
