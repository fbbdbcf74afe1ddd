namespace Ttpcov.Core.Rules;

/// <summary>
/// How rules read from files are taken (<c>--rules-as</c>). <see cref="Auto"/>: YAML files and ARM
/// <c>alertRuleTemplates</c> are templates; ARM <c>alertRules</c> and Az PowerShell exports are deployed rules with
/// their own <c>enabled</c> flag. <see cref="Templates"/>: everything is a template. <see cref="Enabled"/>: everything
/// is a deployed, enabled rule (for a repository of rules-as-code that is deployed as it stands).
/// </summary>
public enum RuleRole
{
    Auto,
    Templates,
    Enabled,
}
