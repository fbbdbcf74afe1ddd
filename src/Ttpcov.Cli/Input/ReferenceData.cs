using Ttpcov.Core.Attack;
using Ttpcov.Core.Kb;

namespace Ttpcov.Cli.Input;

/// <summary>The target ATT&amp;CK version, its resolver and the KB a run compares against.</summary>
internal sealed record ReferenceData(AttackCatalog Catalog, TechniqueResolver Resolver, KnowledgeBase Kb);
