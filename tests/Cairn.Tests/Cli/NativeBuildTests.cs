using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml.Linq;
using Cairn.Cli;
using Cairn.Cli.Output;
using Cairn.Tests.Architecture;

namespace Cairn.Tests.Cli;

/// <summary>
/// What a native (AOT) build of cairn relies on: the verbs named in code, every JSON shape generated at compile
/// time with its enums written as names, and the trimming and AOT analyzers on for the shipped projects, so a
/// reflection-only use fails the ordinary build (warnings are errors) instead of a published binary at run time.
/// </summary>
public sealed class NativeBuildTests
{
    [Fact]
    public void Every_verb_in_the_assembly_is_listed_once()
    {
        var declared = typeof(CairnApp).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);
        var listed = CairnApp.Verbs().Select(v => v.GetType().Name).Order(StringComparer.Ordinal);

        Assert.Equal(declared, listed);
    }

    // The generated serializer writes an enum as a number unless a converter for that enum is listed.
    [Fact]
    public void Every_enum_in_a_json_shape_is_written_as_its_name()
    {
        var enums = Reachable(Shapes()).Select(t => Nullable.GetUnderlyingType(t) ?? t).Where(t => t.IsEnum).Distinct().ToList();
        var numbers = enums.Where(t => !JsonSerializer.Serialize(Enum.GetValues(t).GetValue(0), t, JsonOutput.Options).StartsWith('"')).ToList();

        Assert.NotEmpty(enums);
        Assert.Empty(numbers);
    }

    [Fact]
    public void Text_is_written_as_itself_not_escaped()
    {
        var output = new StringWriter();

        JsonOutput.WriteLine(output, new ErrorJson("Ólafur's <notes> & \"plans\""), CliJsonContext.Default.ErrorJson);

        Assert.Equal("{\"error\":\"Ólafur's <notes> & \\\"plans\\\"\"}" + Environment.NewLine, output.ToString());
    }

    [Theory]
    [InlineData("Cairn", "Cairn.csproj")]
    [InlineData("Cairn.Cli", "Cairn.Cli.csproj")]
    public void The_shipped_projects_build_with_the_aot_analyzers(string folder, string project)
    {
        var src = Path.GetDirectoryName(DependencyDirectionTests.LibraryRoot())!;
        var aot = XDocument.Load(Path.Combine(src, folder, project)).Descendants("IsAotCompatible").Select(e => e.Value).SingleOrDefault();

        Assert.Equal("true", aot);
    }

    private static IEnumerable<Type> Shapes() =>
        typeof(CliJsonContext).CustomAttributes
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!);

    private static HashSet<Type> Reachable(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            var info = CliJsonContext.Default.GetTypeInfo(type) ?? throw new InvalidOperationException($"{type} has no generated JSON");
            foreach (var next in info.Properties.Select(p => p.PropertyType).Append(info.ElementType).Append(info.KeyType).OfType<Type>())
            {
                pending.Push(next);
            }
        }

        return seen;
    }
}
