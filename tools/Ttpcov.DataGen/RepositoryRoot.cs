namespace Ttpcov.DataGen;

/// <summary>Finds the repository root: the nearest folder at or above a start folder that holds <c>Ttpcov.slnx</c>.</summary>
public static class RepositoryRoot
{
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ttpcov.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
