Console.WriteLine("usage: dotnet run -c Release --project bench/Cairn.Bench -- <benchmark>");
return 2;
