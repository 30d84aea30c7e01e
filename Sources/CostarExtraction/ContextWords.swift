/// Small closed classes of English words that tell the extractor how a name is used. They describe grammar and
/// the vocabulary of captions (relatives, products, works), never particular people.
enum ContextWords {
    /// Words that make what follows a thing, not a person: "the Met", "our May/June cover", "a Chanel belt".
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "our", "their", "his", "her", "its", "my", "your", "every", "each", "some", "any", "no"]
    /// Lowercase name particles: "Jonathan van Ness", "Diane von Furstenberg", "Leonardo da Vinci".
    static let particles: Set<String> = ["de", "da", "di", "del", "della", "der", "den", "des", "du", "van", "von", "la", "le", "bin", "bint", "al", "el", "dos", "das", "ter", "ten", "y", "st."]
    /// Titles and honorifics before a name.
    static let titles: Set<String> = ["mr.", "mrs.", "ms.", "mx.", "dr.", "prof.", "sir", "dame", "lady", "lord", "mr", "mrs", "ms", "dr", "rev.", "hon."]
    /// Suffixes after a name.
    static let suffixes: Set<String> = ["jr.", "sr.", "jr", "sr", "ii", "iii", "iv", "v", "esq."]
    /// Relatives: "daughter of X", "second child with X", "her husband, director X" name X without placing X in the picture.
    static let relatives: Set<String> = ["sister", "sisters", "brother", "brothers", "daughter", "daughters", "son", "sons", "mother", "father", "mom", "mum", "dad", "wife", "husband", "child", "children", "kid", "kids", "baby", "partner", "girlfriend", "boyfriend", "fiance", "fiancee", "niece", "nephew", "cousin", "aunt", "uncle", "grandmother", "grandfather", "grandson", "granddaughter", "stepdaughter", "stepson", "ex", "ex-wife", "ex-husband", "widow", "widower", "twin", "spouse"]
    /// Family words after a surname: "the Hilton sisters".
    static let familyNouns: Set<String> = ["sisters", "brothers", "family", "twins", "siblings", "clan", "couple"]
    /// Products named after their makers: "Jimmy Choo gold boots", "a Harris Reed look".
    static let products: Set<String> = ["boots", "boot", "gown", "gowns", "dress", "dresses", "bag", "bags", "handbag", "shoes", "heels", "pumps", "sneakers", "suit", "suits", "tuxedo", "jewelry", "jewellery", "necklace", "earrings", "sunglasses", "bodysuit", "couture", "collection", "design", "designs", "creation", "ensemble", "outfit", "frock", "cape", "coat", "jacket", "corset", "clutch", "tiara", "perfume", "fragrance", "belt", "robe"]
    /// Words after the title of a work: "Emily in Paris star", "The Queer Eye star's".
    static let workNouns: Set<String> = ["star", "stars", "co-star", "co-stars", "costar", "costars", "actor", "actress", "actors", "cast", "creator", "series", "film", "movie", "show", "premiere", "episode", "season", "album", "single", "song", "tour", "musical", "franchise", "sequel"]
    /// Words that may stand between "and" and the next name of a list: "Kendall Jenner and musician Bad Bunny".
    static let functionWords: Set<String> = ["the", "a", "an", "her", "his", "their", "its", "our", "my", "your", "to", "of", "in", "on", "at", "with", "for", "from", "by", "and", "or", "but", "as", "is", "was", "were", "are", "be", "been", "had", "has", "have", "who", "which", "that", "this", "it", "they", "she", "he", "we", "i", "you", "then", "than", "also", "not", "so", "all", "more", "inside", "outside", "into", "while", "after", "before", "during", "amid"]
    /// Words for a picture before "by": "Photo by X", "photographed by X" credit X.
    static let photoWords: Set<String> = ["photo", "photos", "photograph", "photographed", "image", "images", "picture", "pictures", "shot"]
    /// Lowercase words that may stand inside the title of a work: "Emily in Paris", "House of the Dragon".
    static let titleConnectors: Set<String> = ["in", "of", "on", "at"]
    /// Words that join the items of a list.
    static let listJoiners: Set<String> = ["and", "&"]
}
