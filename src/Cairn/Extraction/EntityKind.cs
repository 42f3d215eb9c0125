namespace Cairn.Extraction;

public enum EntityKind
{
    Person,
    Company,
    Project,
    Product,
}
