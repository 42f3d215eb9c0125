using Cairn.Bench.Readers;

var name = args.Length > 0 ? args[0] : string.Empty;
return name switch
{
    "readers" => ReadersBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/Cairn.Bench -- <benchmark>");
    Console.WriteLine("benchmarks: readers");
    return 2;
}
