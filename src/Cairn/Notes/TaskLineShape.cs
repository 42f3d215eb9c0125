namespace Cairn.Notes;

/// <summary>
/// The frame of a task line, <c>^([\s>]*)([-*+]|[0-9]+[.)]) +\[(.)\] *</c> as in the Tasks plugin, matched by hand:
/// where the marker starts and ends, the status character, and where the body starts.
/// </summary>
internal readonly record struct TaskLineShape(int MarkerStart, int MarkerEnd, int StatusIndex, int BodyStart)
{
    public static bool TryMatch(string line, out TaskLineShape shape)
    {
        shape = default;
        var i = 0;
        while (i < line.Length && (char.IsWhiteSpace(line[i]) || line[i] == '>'))
        {
            i++;
        }

        var markerStart = i;
        if (i < line.Length && line[i] is '-' or '*' or '+')
        {
            i++;
        }
        else
        {
            while (i < line.Length && char.IsAsciiDigit(line[i]))
            {
                i++;
            }

            if (i == markerStart || i >= line.Length || line[i] is not ('.' or ')'))
            {
                return false;
            }

            i++;
        }

        var markerEnd = i;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        if (i == markerEnd || i + 2 >= line.Length || line[i] != '[' || line[i + 2] != ']' || line[i + 1] is '\n' or '\r')
        {
            return false;
        }

        var status = i + 1;
        i += 3;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        shape = new TaskLineShape(markerStart, markerEnd, status, i);
        return true;
    }
}
