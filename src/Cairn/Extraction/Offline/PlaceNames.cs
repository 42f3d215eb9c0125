namespace Cairn.Extraction.Offline;

/// <summary>
/// Countries, the states and provinces of the larger federations, and big cities: said alone ("subjects from
/// Idaho", "our team in Munich", "customers across Canada") they are where, never who. A company that carries one
/// in its name says more ("Boston Scientific", "Bank of Canada") and is not held back.
/// </summary>
internal static class PlaceNames
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        // Countries and regions.
        "Afghanistan", "Albania", "Algeria", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahrain",
        "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Brazil", "Bulgaria", "Cambodia", "Cameroon", "Canada",
        "Chile", "China", "Colombia", "Croatia", "Cuba", "Cyprus", "Czechia", "Denmark", "Ecuador", "Egypt", "England",
        "Estonia", "Ethiopia", "Europe", "Finland", "France", "Germany", "Ghana", "Greece", "Guatemala", "Haiti",
        "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica",
        "Japan", "Jordan", "Kazakhstan", "Kenya", "Korea", "Kosovo", "Kuwait", "Latvia", "Lebanon", "Libya", "Lithuania",
        "Luxembourg", "Malaysia", "Malta", "Mexico", "Moldova", "Mongolia", "Morocco", "Mozambique", "Myanmar", "Nepal",
        "Netherlands", "Nicaragua", "Nigeria", "Norway", "Oman", "Pakistan", "Panama", "Paraguay", "Peru", "Philippines",
        "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Scotland", "Senegal", "Serbia", "Singapore",
        "Slovakia", "Slovenia", "Somalia", "Spain", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tanzania",
        "Thailand", "Tunisia", "Turkey", "Uganda", "Ukraine", "Uruguay", "Venezuela", "Vietnam", "Wales", "Yemen",
        "Zambia", "Zimbabwe", "Africa", "Asia", "Scandinavia", "Saudi Arabia", "South Africa", "New Zealand",
        "United States", "United Kingdom", "Hong Kong", "Sri Lanka", "Costa Rica", "Puerto Rico", "Latin America",
        "North America", "South America", "Middle East",

        // States and provinces.
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Wisconsin",
        "Wyoming", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
        "Rhode Island", "South Carolina", "South Dakota", "West Virginia", "Alberta", "Manitoba", "Ontario", "Quebec",
        "Saskatchewan", "Nova Scotia", "New Brunswick", "British Columbia", "Newfoundland", "Bavaria", "Catalonia",

        // Big cities.
        "Amsterdam", "Athens", "Atlanta", "Auckland", "Baltimore", "Bangalore", "Bangkok", "Barcelona", "Beijing",
        "Berlin", "Bogota", "Boston", "Brisbane", "Brussels", "Budapest", "Cairo", "Calgary", "Chicago", "Copenhagen",
        "Dallas", "Delhi", "Denver", "Detroit", "Dubai", "Dublin", "Edinburgh", "Frankfurt", "Geneva", "Glasgow",
        "Hamburg", "Helsinki", "Houston", "Istanbul", "Jakarta", "Johannesburg", "Karachi", "Kyiv", "Lagos", "Leeds",
        "Lisbon", "London", "Madrid", "Manchester", "Manila", "Melbourne", "Miami", "Milan", "Montreal", "Moscow",
        "Mumbai", "Munich", "Nairobi", "Omaha", "Oslo", "Ottawa", "Paris", "Philadelphia", "Pittsburgh", "Prague",
        "Rome", "Rotterdam", "Seattle", "Seoul", "Shanghai", "Stockholm", "Sydney", "Tokyo", "Toronto", "Vancouver",
        "Vienna", "Warsaw", "Winnipeg", "Zurich", "Los Angeles", "San Francisco", "San Diego", "San Jose",
        "Mexico City", "Tel Aviv", "Buenos Aires", "Sao Paulo", "Rio de Janeiro", "Kuala Lumpur", "Cape Town",
    };

    /// <summary>Whether <paramref name="name"/>, as a whole, is a country, state, province or big city.</summary>
    public static bool Contains(string name) => Names.Contains(name.Trim());
}
