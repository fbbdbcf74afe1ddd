using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Coverage;

/// <summary>A target-version technique that alerts carried, with the number of deduplicated alerts carrying it directly.</summary>
public sealed record ObservedTechnique(TechniqueId Id, string Name, long Alerts);
