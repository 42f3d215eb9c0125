using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cairn.Cli.Output;

/// <summary>
/// An enum written as its kebab-case lower name (<c>one-on-one</c>), as <see cref="EnumName"/> names it on the
/// terminal. One closed type per enum, listed on <see cref="CliJsonContext"/>: the open converter factory builds
/// its converters by reflection at run time, which a native (AOT) build cannot do.
/// </summary>
internal sealed class KebabCaseEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.KebabCaseLower)
    where T : struct, Enum;
