namespace ClaimTracker.Extraction;

internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
}

/// <summary>
/// Grammatical gender cues for pronoun resolution: honorifics, gendered role nouns and common first names.
/// Unknown is compatible with both pronouns, so a missing cue never blocks resolution.
/// </summary>
internal static class GenderCues
{
    private static readonly WordSet MaleWords = new(
        "Mr", "Sir", "King", "Prince", "Father", "Brother", "Lord", "spokesman", "chairman", "congressman", "businessman",
        "councilman", "assemblyman", "husband", "father", "son", "brother", "uncle", "actor", "boy", "man", "Monsieur", "Herr",
        "Sheikh", "Emir", "Pope", "Rabbi", "Imam", "Ayatollah");

    private static readonly WordSet FemaleWords = new(
        "Mrs", "Ms", "Miss", "Madam", "Dame", "Lady", "Queen", "Princess", "Sister", "spokeswoman", "chairwoman", "congresswoman",
        "businesswoman", "councilwoman", "assemblywoman", "wife", "mother", "daughter", "sister", "aunt", "actress", "girl",
        "woman", "widow", "Mme", "Mlle", "Frau");

    private static readonly WordSet MaleNames = new(
        "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Daniel",
        "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George",
        "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen",
        "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Frank", "Alexander", "Raymond", "Patrick", "Jack",
        "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Henry", "Nathan", "Douglas", "Zachary", "Peter", "Kyle", "Walter",
        "Ethan", "Jeremy", "Harold", "Keith", "Christian", "Roger", "Noah", "Gerald", "Carl", "Terry", "Sean", "Austin", "Arthur",
        "Lawrence", "Jesse", "Dylan", "Bryan", "Joe", "Jordan", "Billy", "Bruce", "Albert", "Willie", "Gabriel", "Logan", "Alan",
        "Juan", "Wayne", "Roy", "Ralph", "Randy", "Eugene", "Vincent", "Russell", "Elijah", "Louis", "Bobby", "Philip", "Johnny",
        "Bill", "Barack", "Mike", "Tim", "Ted", "Bernie", "Chris", "Jim", "Tom", "Bob", "Dan", "Ben", "Sam", "Ron", "Rand", "Marco",
        "Mitch", "Newt", "Jeb", "Rudy", "Vladimir", "Xi", "Emmanuel", "Boris", "Recep", "Benjamin", "Hassan", "Ali", "Mohammed",
        "Muhammad", "Ahmed", "Ahmad", "Mahmoud", "Hossein", "Saeed", "Yair", "Naftali", "Mevlut", "Mevlüt", "Ibrahim", "Omar",
        "Hamid", "Abdullah", "Sergei", "Sergey", "Dmitry", "Igor", "Viktor", "Volodymyr", "Olaf", "Friedrich", "Giuseppe", "Pedro",
        "Luis", "Carlos", "Jorge", "Miguel", "Javier", "Francisco", "Antonio", "Manuel", "Luca", "Marco", "Stefano", "Pierre",
        "Jean", "Jacques", "François", "Hans", "Klaus", "Narendra", "Rahul", "Shinzo", "Fumio", "Moon", "Kim", "Justin", "Malcolm",
        "Scott", "Kevin", "Tony", "Gordon", "Keir", "Rishi", "Nigel", "Jeremy", "Hugh", "Ed", "Nick", "Andy", "Matt", "Greg",
        "Doug", "Rick", "Jeff", "Steve", "Dave", "Ken", "Pat", "Rex", "Lindsey", "Chuck", "Kerr", "Elon", "Jared", "Eric");

    private static readonly WordSet FemaleNames = new(
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy",
        "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Dorothy", "Melissa",
        "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda",
        "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet",
        "Catherine", "Maria", "Heather", "Diane", "Ruth", "Julie", "Olivia", "Joyce", "Virginia", "Victoria", "Kelly", "Lauren",
        "Christina", "Joan", "Evelyn", "Judith", "Megan", "Andrea", "Cheryl", "Hannah", "Jacqueline", "Martha", "Gloria", "Teresa",
        "Ann", "Sara", "Madison", "Frances", "Kathryn", "Janice", "Jean", "Abigail", "Alice", "Judy", "Sophia", "Grace", "Denise",
        "Amber", "Doris", "Marilyn", "Danielle", "Beverly", "Isabella", "Theresa", "Diana", "Natalie", "Brittany", "Charlotte",
        "Marie", "Kayla", "Alexis", "Lori", "Hillary", "Melania", "Ivanka", "Chelsea", "Nikki", "Kamala", "Nancy", "Loretta",
        "Condoleezza", "Madeleine", "Angela", "Theresa", "Giorgia", "Ursula", "Christine", "Kristalina", "Jacinda", "Sanna",
        "Liz", "Priti", "Yulia", "Svetlana", "Olga", "Irina", "Natalia", "Elena", "Fatima", "Aisha", "Leila", "Layla", "Zainab",
        "Mariam", "Maryam", "Yasmin", "Golda", "Ayelet", "Tzipi", "Sophie", "Claire", "Isabelle", "Anne", "Ingrid", "Greta",
        "Marine", "Ségolène", "Carmen", "Lucia", "Sofia", "Ana", "Paula", "Beatriz", "Indira", "Sonia", "Priyanka", "Benazir",
        "Aung", "Tsai", "Yuriko", "Kristi", "Sarah", "Elise", "Tulsi", "Amy", "Kirsten", "Dianne", "Maxine", "Gwen", "Stacey",
        "Jill", "Gennifer", "Alicia", "Connie", "Megyn", "Ava", "Mia", "Ella", "Zoe", "Lily", "Ellie", "Nora", "Hazel", "Lena",
        "Ines", "Ines", "Maya", "Melanie", "Ava", "Patti", "Oprah", "Michele", "Valerie", "Susana", "Veronica", "Monica", "Erin");

    private static readonly WordSet Honorifics = new("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Madam", "Monsieur", "Mme", "Mlle", "Herr", "Frau", "Messrs");

    public static bool IsHonorific(ReadOnlySpan<char> word) => Honorifics.Contains(word);

    public static Gender OfWord(ReadOnlySpan<char> word)
    {
        if (MaleWords.Contains(word))
        {
            return Gender.Male;
        }

        return FemaleWords.Contains(word) ? Gender.Female : Gender.Unknown;
    }

    public static Gender OfFirstName(ReadOnlySpan<char> name)
    {
        if (MaleNames.Contains(name))
        {
            return Gender.Male;
        }

        return FemaleNames.Contains(name) ? Gender.Female : Gender.Unknown;
    }

    public static Gender OfPronoun(ReadOnlySpan<char> pronoun)
    {
        if (pronoun.Equals("he", StringComparison.OrdinalIgnoreCase))
        {
            return Gender.Male;
        }

        return pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Unknown;
    }
}
