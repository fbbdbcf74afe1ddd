namespace Ttpcov.Core.Alerts;

/// <summary>How to read an ambiguous numeric date such as <c>11/06/2026</c> (portal exports follow the browser's locale).</summary>
public enum DateOrder
{
    MonthFirst,
    DayFirst,
}
