import CostarCorpus

/// How a person figures in a caption unit.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    /// In the picture, or together with the others in the moment the unit describes.
    case present
    /// Only mentioned: a host whose party it is, "the late …", a relative, the subject of a remark.
    case named
    /// The photographer or account credited for the picture.
    case credit

    /// The roles from the strongest (a closed switch: `allCases` would build an array at each comparison).
    private var order: Int {
        switch self {
        case .present: 0
        case .named: 1
        case .credit: 2
        }
    }
    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.order < rhs.order }
}

/// One person found in a caption unit.
public struct PersonMention: Sendable, Hashable, Codable {
    /// The resolved person: one canonical name per identity.
    public var name: String
    /// The words as written in the text.
    public var mention: String
    /// Whether the person is present, only named, or credited.
    public var role: Role

    /// Creates a mention.
    public init(name: String, mention: String, role: Role) {
        self.name = name
        self.mention = mention
        self.role = role
    }
}

/// A caption unit with the people found in it.
public struct ExtractedUnit: Sendable, Hashable {
    /// The unit.
    public var unit: CaptionUnit
    /// The people found, one entry per person (the first mention, with the strongest role), in order of appearance.
    public var people: [PersonMention]

    /// Creates an extracted unit.
    public init(unit: CaptionUnit, people: [PersonMention]) {
        self.unit = unit
        self.people = people
    }

    /// The canonical names of the people with one of the given roles, in order of appearance.
    public func names(with roles: Set<Role>) -> [String] {
        people.filter { roles.contains($0.role) }.map(\.name)
    }
}
