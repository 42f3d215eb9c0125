using Cairn.Index;
using Cairn.Notes;
using Microsoft.Data.Sqlite;

namespace Cairn.Tests.Notes;

/// <summary><c>participants</c> and <c>account</c> are written as property links; C# and SQL read them back as the same names.</summary>
public sealed class LinkedNameTests
{
    [Theory]
    [InlineData("[[Lena Park]]", "Lena Park")]
    [InlineData("[[Lena Park (Contoso)|Lena Park]]", "Lena Park")]
    [InlineData("  Lena Park ", "Lena Park")] // a name written by hand, or before links
    [InlineData("[[]]", "")]
    [InlineData("[[Lena", "[[Lena")] // not a link
    [InlineData("Myself", "Myself")]
    public void A_link_reads_as_the_name_it_shows_in_csharp_and_in_sql(string written, string name)
    {
        Assert.Equal(name, NoteProperties.LinkedName(written));

        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + NoteReads.LinkedNameSql("$v");
        command.Parameters.AddWithValue("$v", written);
        Assert.Equal(name, command.ExecuteScalar());
    }
}
