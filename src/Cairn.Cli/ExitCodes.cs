namespace Cairn.Cli;

/// <summary>DESIGN.md's exit codes: 0 ok, 1 some item failed or problems found, 2 usage.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
}
