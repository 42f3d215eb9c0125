namespace Cairn.Extraction.Offline;

/// <summary>
/// Common given names from many cultures. A capitalised word mid-sentence that is one of these is a person
/// even when the vault has never heard of them ("loop in Marcus").
/// </summary>
internal static class FirstNames
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Aaron", "Abdul", "Abigail", "Adam", "Aditya", "Adrian", "Ahmed", "Aisha", "Alan", "Alex", "Alexander", "Alexandra", "Ali",
        "Alice", "Alicia", "Alison", "Amanda", "Amir", "Amit", "Amy", "Ana", "Andrea", "Andrew", "Andy", "Angela", "Anil", "Anita",
        "Ann", "Anna", "Anne", "Anthony", "Antonio", "Anya", "Arjun", "Ashley", "Avi", "Barbara", "Ben", "Benjamin", "Beth", "Bill",
        "Bob", "Brad", "Brandon", "Brett", "Brian", "Bruce", "Carl", "Carlos", "Carmen", "Carol", "Caroline", "Catherine", "Chad",
        "Charles", "Charlie", "Chen", "Chris", "Christina", "Christine", "Christopher", "Claire", "Craig", "Dan", "Dana", "Daniel",
        "Daniela", "Dave", "David", "Deepak", "Denise", "Dennis", "Diana", "Diego", "Dmitri", "Dominic", "Donna", "Doug", "Ed",
        "Eduardo", "Elena", "Eli", "Elizabeth", "Ella", "Emily", "Emma", "Eric", "Erik", "Ethan", "Eva", "Evan", "Eyal", "Fatima",
        "Felix", "Fernando", "Fiona", "Frank", "Gabriel", "Gary", "George", "Grace", "Greg", "Hannah", "Hans", "Harry", "Hassan",
        "Heather", "Helen", "Henry", "Hiroshi", "Hugo", "Ian", "Igor", "Isaac", "Ivan", "Jack", "Jacob", "James", "Jamie", "Jane",
        "Janet", "Jason", "Javier", "Jay", "Jean", "Jeff", "Jeffrey", "Jen", "Jennifer", "Jeremy", "Jess", "Jessica", "Jim", "Joan",
        "Joe", "Joel", "John", "Jon", "Jonathan", "Jorge", "Jose", "Joseph", "Josh", "Joshua", "Juan", "Julia", "Julie", "Justin",
        "Karen", "Kate", "Katie", "Kavya", "Keith", "Kelly", "Ken", "Kenji", "Kevin", "Kim", "Kumar", "Kyle", "Lars", "Laura",
        "Lauren", "Lee", "Lena", "Leo", "Li", "Liam", "Lily", "Linda", "Lior", "Lisa", "Liz", "Lucas", "Lucy", "Luis", "Luke",
        "Maria", "Mario", "Mark", "Marcus", "Martin", "Mary", "Matt", "Matthew", "Max", "Maya", "Megan", "Mei", "Melissa",
        "Michael", "Michelle", "Miguel", "Mike", "Ming", "Mohammed", "Mohammad", "Morgan", "Nadia", "Nancy", "Naomi", "Natalie",
        "Nathan", "Neha", "Nick", "Nicole", "Nidhi", "Nina", "Noa", "Noah", "Nora", "Olga", "Oliver", "Olivia", "Omar", "Oscar",
        "Pablo", "Pam", "Patrick", "Paul", "Paula", "Pedro", "Peter", "Phil", "Pierre", "Priya", "Rachel", "Rahul", "Raj", "Ravi",
        "Rebecca", "Ricardo", "Richard", "Rick", "Rob", "Robert", "Roberto", "Rohan", "Ron", "Rosa", "Ruth", "Ryan", "Sam",
        "Samantha", "Samuel", "Sandra", "Sara", "Sarah", "Scott", "Sean", "Sergei", "Shahar", "Sharon", "Simon", "Sofia", "Sophie",
        "Stephanie", "Stephen", "Steve", "Steven", "Sue", "Susan", "Suresh", "Tanya", "Tara", "Ted", "Thomas", "Tim", "Tina",
        "Tobias", "Todd", "Tom", "Tony", "Tyler", "Uma", "Valerie", "Vanessa", "Victor", "Vikram", "Vincent", "Wei", "Will",
        "William", "Yan", "Yancey", "Yoav", "Yuki", "Yusuf", "Zach", "Zoe", "Laura", "Craig", "Ingrid", "Kai", "Rina", "Mordechai",
        "Morty", "Jeff", "Aiko", "Emeka", "Chidi", "Ngozi", "Kwame", "Ama", "Thabo", "Mateo", "Camila", "Lucia", "Ines", "Jonas",
    };

    public static bool Contains(string name) => Names.Contains(name);
}
