using System.Text.RegularExpressions;

namespace Ttpcov.Core.Rules;

/// <summary>
/// Reads rule files into a <see cref="RuleSetBuilder"/>: <c>.yaml</c>/<c>.yml</c> with <see cref="RuleYamlReader"/>,
/// <c>.json</c> with <see cref="RuleJsonReader"/>, and <c>*.mitre.manifest*.json</c> side-cars merged into the rule
/// file beside them (<c>X.analytics.rule.yaml</c> ↔ <c>X.mitre.manifest.json</c>). A file that cannot be read is a
/// problem of that file; the others are used. The <see cref="RuleRole"/> decides templates versus deployed rules.
/// </summary>
public static partial class RuleSetReader
{
    public static void Read(IEnumerable<RuleSourceFile> files, RuleRole role, RuleSetBuilder into)
    {
        var all = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var manifests = all.Where(f => ManifestSuffix().IsMatch(f.Path)).ToList();
        var sideCars = new Dictionary<string, List<RuleSourceFile>>(StringComparer.Ordinal);
        foreach (var manifest in manifests)
        {
            var key = ManifestSuffix().Replace(manifest.Path, string.Empty);
            (sideCars.TryGetValue(key, out var list) ? list : sideCars[key] = []).Add(manifest);
        }

        var paired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in all.Except(manifests))
        {
            var content = ReadOne(file);
            var key = RuleSuffix().Replace(file.Path, string.Empty);
            if (sideCars.TryGetValue(key, out var cars))
            {
                content = WithSideCars(content, cars);
                paired.Add(key);
            }

            into.Add(Apply(content, role));
        }

        foreach (var (key, cars) in sideCars.Where(s => !paired.Contains(s.Key)))
        {
            foreach (var car in cars)
            {
                into.AddProblem(new RuleReadProblem(car.Path, $"a MITRE manifest without its rule file ({Path.GetFileName(key)}.analytics.rule.yaml); not used"));
            }
        }
    }

    private static RuleFileContent ReadOne(RuleSourceFile file)
    {
        var extension = Path.GetExtension(file.Path).ToLowerInvariant();
        if (extension is not (".yaml" or ".yml" or ".json"))
        {
            return RuleFileContent.Problem(file.Path, "not a rule file (expected .yaml, .yml or .json)");
        }

        try
        {
            using var stream = file.Open();
            return extension == ".json" ? RuleJsonReader.Read(stream, file.Path) : RuleYamlReader.Read(stream, file.Path);
        }
        catch (IOException e)
        {
            return RuleFileContent.Problem(file.Path, $"cannot be read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return RuleFileContent.Problem(file.Path, $"cannot be read: {e.Message}");
        }
    }

    private static RuleFileContent WithSideCars(RuleFileContent content, List<RuleSourceFile> cars)
    {
        var problems = content.Problems.ToList();
        var techniques = new List<string>();
        foreach (var car in cars)
        {
            try
            {
                using var stream = car.Open();
                var (ids, _, problem) = MitreManifestReader.Read(stream, car.Path);
                techniques.AddRange(ids);
                if (problem is not null)
                {
                    problems.Add(problem);
                }
            }
            catch (IOException e)
            {
                problems.Add(new RuleReadProblem(car.Path, $"cannot be read: {e.Message}"));
            }
        }

        var rules = content.Rules.Select(r => RuleTechniques.With(r, techniques)).ToList();
        return new RuleFileContent(rules, problems);
    }

    private static RuleFileContent Apply(RuleFileContent content, RuleRole role) => role switch
    {
        RuleRole.Templates => content with { Rules = [.. content.Rules.Select(r => r with { IsTemplate = true, Enabled = false, TemplateId = r.TemplateId ?? r.Id })] },
        RuleRole.Enabled => content with { Rules = [.. content.Rules.Select(r => r with { IsTemplate = false, Enabled = true })] },
        _ => content,
    };

    [GeneratedRegex(@"\.mitre\.manifest[^/\\]*\.json$", RegexOptions.IgnoreCase)]
    private static partial Regex ManifestSuffix();

    [GeneratedRegex(@"(\.analytics\.rule)?\.(ya?ml|json)$", RegexOptions.IgnoreCase)]
    private static partial Regex RuleSuffix();
}
