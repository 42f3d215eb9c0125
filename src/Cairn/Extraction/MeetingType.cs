namespace Cairn.Extraction;

public enum MeetingType
{
    Customer,
    Partner,
    Internal,
    OneOnOne,
}
