namespace ClaimTracker.Extraction;

/// <summary>
/// Countries and seats of government: a bare "Tehran" or "Washington" as a source speaks for a government (metonymy).
/// </summary>
internal static class Places
{
    public static readonly WordSet Governments = new(
        "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahrain",
        "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Brazil", "Britain", "Bulgaria", "Burma", "Cambodia", "Cameroon",
        "Canada", "Chad", "Chile", "China", "Colombia", "Congo", "Croatia", "Cuba", "Cyprus", "Czechia", "Denmark", "Ecuador", "Egypt",
        "Eritrea", "Estonia", "Ethiopia", "Finland", "France", "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Haiti",
        "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan",
        "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Libya", "Lithuania", "Luxembourg",
        "Malaysia", "Mali", "Malta", "Mexico", "Moldova", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Nepal",
        "Netherlands", "Nicaragua", "Niger", "Nigeria", "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Paraguay", "Peru",
        "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Senegal", "Serbia", "Singapore", "Slovakia",
        "Slovenia", "Somalia", "Spain", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand",
        "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zambia",
        "Zimbabwe", "America", "UK", "U.S", "US", "USA", "EU", "UN", "NATO", "Beijing", "Moscow", "Tehran", "Washington", "London",
        "Paris", "Berlin", "Ankara", "Kyiv", "Kiev", "Jerusalem", "Riyadh", "Damascus", "Baghdad", "Cairo", "Tokyo", "Seoul",
        "Pyongyang", "Delhi", "Islamabad", "Kabul", "Brussels", "Rome", "Madrid", "Ottawa", "Canberra", "Havana", "Caracas",
        "Minsk", "Baku", "Yerevan", "Tbilisi", "Doha", "Beirut", "Amman", "Tripoli", "Khartoum", "Nairobi", "Abuja", "Pretoria",
        "Warsaw", "Budapest", "Vienna", "Athens", "Stockholm", "Oslo", "Helsinki", "Copenhagen", "Dublin", "Lisbon", "Bern",
        "Manila", "Jakarta", "Hanoi", "Bangkok", "Taipei", "Brasilia", "Bogota", "Lima", "Santiago", "Pristina", "Belgrade",
        "Sofia", "Bucharest", "Prague", "Vilnius", "Riga", "Tallinn", "Kremlin", "Pentagon", "Whitehall", "Downing", "Tel");
}
