import Foundation

/// What is known about names and words, from openly licensed lists packed as resources of
/// this module by `scripts/pack_names.py` (sources and licences in `Resources/SOURCES.md`):
/// US Census 1990 first names and surnames with their frequencies, English nicknames,
/// and common English words.
///
/// Every lookup takes a *folded* string (see ``fold(_:)``): lowercase, without diacritics.
/// The lexicon is immutable and `Sendable`; use ``shared`` rather than loading it again.
public struct NameLexicon: Sendable {
    private let firstNames: [String: Double]
    private let surnames: [String: Double]
    private let commonWords: Set<String>
    private let nicknamesByFormal: [String: [String]]
    private let formalsByNickname: [String: [String]]

    /// The lexicon packed with this module, loaded once on first use from the module's
    /// resource bundle (`Bundle.module`, subdirectory `Resources`).
    ///
    /// Never crashes: if the resources cannot be found or read, this is an empty lexicon
    /// (every lookup answers `nil`, `false` or `[]`; ``isEmpty`` is `true`) and a warning
    /// is written to standard error.
    public static let shared: NameLexicon = {
        if let directory = resourceDirectory {
            do {
                return try NameLexicon(contentsOf: directory)
            } catch {
                warn("could not read the name lexicon in \(directory.path): \(error)")
            }
        } else {
            warn("name lexicon resources not found; names will not be recognised")
        }
        return NameLexicon()
    }()

    /// A lexicon that knows no names and no words.
    public init() {
        self.init(firstNames: [:], surnames: [:], commonWords: [], nicknamePairs: [])
    }

    /// A lexicon built from given data (for tests and custom lists). Keys must already be folded.
    /// - Parameters:
    ///   - firstNames: first name → frequency in percent.
    ///   - surnames: surname → frequency in percent.
    ///   - commonWords: common (non-name) words.
    ///   - nicknamePairs: `(formal, nickname)` pairs, such as `("william", "bill")`.
    public init(
        firstNames: [String: Double],
        surnames: [String: Double],
        commonWords: Set<String>,
        nicknamePairs: [(formal: String, nickname: String)]
    ) {
        self.firstNames = firstNames
        self.surnames = surnames
        self.commonWords = commonWords
        var byFormal: [String: [String]] = [:]
        var byNickname: [String: [String]] = [:]
        for (formal, nickname) in nicknamePairs where formal != nickname {
            byFormal[formal, default: []].append(nickname)
            byNickname[nickname, default: []].append(formal)
        }
        self.nicknamesByFormal = byFormal.mapValues { Array(Set($0)).sorted() }
        self.formalsByNickname = byNickname.mapValues { Array(Set($0)).sorted() }
    }

    /// Loads the lexicon from a directory holding `first-names.tsv`, `surnames.tsv`,
    /// `nicknames.tsv` and `common-words.txt` in the format `scripts/pack_names.py` writes.
    /// - Throws: the error of reading any of the four files.
    public init(contentsOf directory: URL) throws {
        func read(_ name: String) throws -> Data {
            try Data(contentsOf: directory.appendingPathComponent(name))
        }
        let first = try read("first-names.tsv")
        let last = try read("surnames.tsv")
        let nicks = try read("nicknames.tsv")
        let words = try read("common-words.txt")
        firstNames = Self.parseFrequencies(first)
        surnames = Self.parseFrequencies(last)
        commonWords = Self.parseWords(words)
        (nicknamesByFormal, formalsByNickname) = Self.parseNicknames(nicks)
    }

    // MARK: - Sizes

    /// How many first names the lexicon knows.
    public var firstNameCount: Int { firstNames.count }
    /// How many surnames the lexicon knows.
    public var surnameCount: Int { surnames.count }
    /// How many common words the lexicon knows.
    public var commonWordCount: Int { commonWords.count }
    /// How many formal names have at least one known nickname.
    public var formalNameCount: Int { nicknamesByFormal.count }
    /// Whether the lexicon knows nothing at all (as when its resources could not be loaded).
    public var isEmpty: Bool {
        firstNames.isEmpty && surnames.isEmpty && commonWords.isEmpty && nicknamesByFormal.isEmpty
    }

    // MARK: - Lookups (all on folded strings)

    /// The percentage of US persons (1990 census, of the more frequent sex) with this first name,
    /// or `nil` if the name is not on the list. Rare listed names can read `0.001`.
    ///
    /// A name with apostrophes that is not found is looked up again without them.
    /// - Parameter folded: a name folded with ``fold(_:)``.
    public func firstNameFrequency(_ folded: String) -> Double? {
        Self.lookup(folded, in: firstNames)
    }

    /// The percentage of the US population (1990 census) with this surname, or `nil` if the
    /// name is not on the list. The list holds 88,799 surnames; most of them are rarer than
    /// 0.0005 % and read `0` (known, but rare).
    ///
    /// The census writes names without apostrophes, so `"o'neil"` is found as `"oneil"`.
    /// - Parameter folded: a name folded with ``fold(_:)``.
    public func surnameFrequency(_ folded: String) -> Double? {
        Self.lookup(folded, in: surnames)
    }

    /// Whether this is a known first name.
    /// - Parameter folded: a name folded with ``fold(_:)``.
    public func isFirstName(_ folded: String) -> Bool {
        firstNameFrequency(folded) != nil
    }

    /// Whether this is a known surname.
    /// - Parameter folded: a name folded with ``fold(_:)``.
    public func isSurname(_ folded: String) -> Bool {
        surnameFrequency(folded) != nil
    }

    /// Whether this is a common English word written in lowercase in the dictionary
    /// ("table", "love", "will"); proper nouns are not common words. Many names are
    /// also common words: weigh this against the name frequencies and the context.
    /// - Parameter folded: a word folded with ``fold(_:)``.
    public func isCommonWord(_ folded: String) -> Bool {
        commonWords.contains(folded)
    }

    /// The known nicknames of a formal first name, sorted (`"robert"` → `["bob", "bobby", …]`);
    /// empty if none are known.
    /// - Parameter formal: a formal name folded with ``fold(_:)``.
    public func nicknames(of formal: String) -> [String] {
        nicknamesByFormal[formal] ?? []
    }

    /// The formal first names a nickname stands for, sorted (`"bill"` → `["robert", "william", …]`);
    /// empty if the nickname is not known.
    /// - Parameter nickname: a nickname folded with ``fold(_:)``.
    public func formalNames(of nickname: String) -> [String] {
        formalsByNickname[nickname] ?? []
    }

    /// Whether two first names can name the same person: they are equal, or one is a nickname
    /// of the other ("william"/"bill"), or both are nicknames of one formal name ("bill"/"billy").
    /// Two formal names that merely share a nickname ("robert"/"william") are not variants.
    ///
    /// The nickname list links compound formal names to each part ("roseann" → "rose", "ann"),
    /// so sharing a formal name is weak evidence on its own: combine it with a matching surname.
    /// - Parameters:
    ///   - a: a first name folded with ``fold(_:)``.
    ///   - b: another first name folded with ``fold(_:)``.
    public func areNicknameVariants(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let formalsOfA = formalsByNickname[a] ?? []
        let formalsOfB = formalsByNickname[b] ?? []
        if formalsOfA.contains(b) || formalsOfB.contains(a) { return true }
        // Both lists are short and sorted: a merge walk finds a shared formal name.
        var i = 0, j = 0
        while i < formalsOfA.count, j < formalsOfB.count {
            if formalsOfA[i] == formalsOfB[j] { return true }
            if formalsOfA[i] < formalsOfB[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    private static func lookup(_ key: String, in table: [String: Double]) -> Double? {
        if let value = table[key] { return value }
        if key.utf8.contains(UInt8(ascii: "'")) {
            var stripped = key
            stripped.removeAll { $0 == "'" }
            return table[stripped]
        }
        return nil
    }
}

// MARK: - Folding

extension NameLexicon {
    /// Folds a token for lookups: lowercase, diacritics stripped (é→e, ö→o, ñ→n, ø→o, ß→ss,
    /// æ→ae, œ→oe, ł→l, đ→d, þ→th, Greek and Cyrillic accents too), letters and digits kept,
    /// apostrophes and hyphens kept only between letters or digits (`’` and `ʼ` read as `'`,
    /// `‐` and `‑` as `-`); everything else (spaces, dots, quotes, other punctuation) dropped.
    ///
    /// `fold("Monáe") == "monae"`, `fold("O’Neil") == "o'neil"`, `fold("K.C.") == "kc"`,
    /// `fold("-Jean-Paul'") == "jean-paul"`. Precomposed and decomposed input fold alike.
    /// Works on UTF-8 bytes; ASCII input takes a fast path without allocating for short tokens.
    public static func fold(_ s: some StringProtocol) -> String {
        if let folded = s.utf8.withContiguousStorageIfAvailable({ foldUTF8($0) }) {
            return folded
        }
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { foldUTF8($0) }
    }

    private static func foldUTF8(_ input: UnsafeBufferPointer<UInt8>) -> String {
        if input.isEmpty { return "" }
        var isASCII = true
        for byte in input where byte >= 0x80 {
            isASCII = false
            break
        }
        // Output never exceeds the input for ASCII; non-ASCII letters can grow (ⱥ: 2 → 3 bytes).
        let capacity = isASCII ? input.count : input.count * 3 + 4
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var out = FoldWriter(buffer: buffer)
            if isASCII {
                for byte in input { out.ascii(byte) }
            } else {
                foldScalars(input, into: &out)
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<out.count]), as: UTF8.self)
        }
    }

    private static func foldScalars(_ input: UnsafeBufferPointer<UInt8>, into out: inout FoldWriter) {
        var iterator = input.makeIterator()
        var decoder = Unicode.UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .emptyInput:
                return
            case .error:
                continue
            case .scalarValue(let scalar):
                let value = scalar.value
                if value < 0x80 {
                    out.ascii(UInt8(truncatingIfNeeded: value))
                } else if value == 0x2019 || value == 0x02BC {  // ’ ʼ
                    out.separator(UInt8(ascii: "'"))
                } else if value == 0x2010 || value == 0x2011 {  // ‐ ‑
                    out.separator(UInt8(ascii: "-"))
                } else if isCombiningDiacritic(value) {
                    continue
                } else if let folded = foldTable[value] {
                    out.append(folded)
                } else {
                    let properties = scalar.properties
                    switch properties.generalCategory {
                    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                         .decimalNumber, .letterNumber, .nonspacingMark, .spacingMark, .enclosingMark:
                        for lower in properties.lowercaseMapping.unicodeScalars
                        where !isCombiningDiacritic(lower.value) {
                            out.append(lower)
                        }
                    default:
                        continue  // punctuation, symbols, spaces: dropped
                    }
                }
            }
        }
    }

    /// Marks of the combining-diacritics blocks: stripped wherever they occur. Other marks
    /// (Indic vowel signs, for instance) are part of their letters and kept.
    private static func isCombiningDiacritic(_ value: UInt32) -> Bool {
        switch value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: true
        default: false
        }
    }

    /// Letters that decompose to no plain letter, and what they fold to.
    private static let letterOverrides: [UInt32: String] = [
        0x00DF: "ss", 0x00E6: "ae", 0x0153: "oe", 0x00F8: "o", 0x0111: "d", 0x00F0: "d",
        0x0142: "l", 0x00FE: "th", 0x0131: "i", 0x0127: "h", 0x0167: "t", 0x0180: "b",
        0x0188: "c", 0x018C: "d", 0x0192: "f", 0x0199: "k", 0x019A: "l", 0x01A5: "p",
        0x01AD: "t", 0x01B4: "y", 0x01B6: "z", 0x0268: "i", 0x023C: "c", 0x0247: "e",
        0x0249: "j", 0x024D: "r", 0x024F: "y",
    ]

    /// UTF-8 of the fold of every letter and digit of the Latin, Greek, Cyrillic and fullwidth
    /// blocks that have a precomposed form: lowercase, compatibility-decomposed, diacritics
    /// and modifier letters dropped, ``letterOverrides`` applied. Built once, on first use.
    private static let foldTable: [UInt32: [UInt8]] = {
        let ranges: [ClosedRange<UInt32>] = [
            0x00C0...0x024F, 0x0370...0x052F, 0x1E00...0x1FFF, 0xFF10...0xFF5A,
        ]
        var table: [UInt32: [UInt8]] = [:]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let properties = scalar.properties
                guard properties.isAlphabetic || properties.generalCategory == .decimalNumber else { continue }
                let decomposed = properties.lowercaseMapping.decomposedStringWithCompatibilityMapping
                var bytes: [UInt8] = []
                for part in decomposed.unicodeScalars {
                    let category = part.properties.generalCategory
                    if isCombiningDiacritic(part.value) || category == .modifierLetter { continue }
                    guard part.properties.isAlphabetic || category == .decimalNumber else { continue }
                    let replacement = letterOverrides[part.value].map { Array($0.utf8) }
                    bytes.append(contentsOf: replacement ?? Array(String(part).utf8))
                }
                if !bytes.isEmpty { table[value] = bytes }
            }
        }
        return table
    }()
}

/// Writes folded bytes, keeping a pending apostrophe or hyphen only when a letter follows it.
private struct FoldWriter {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    var count = 0
    var pending: UInt8 = 0

    init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    @inline(__always)
    mutating func ascii(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            put(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            put(byte | 0x20)
        case UInt8(ascii: "'"), UInt8(ascii: "-"):
            separator(byte)
        default:
            break
        }
    }

    @inline(__always)
    mutating func separator(_ byte: UInt8) {
        if count > 0 && pending == 0 { pending = byte }
    }

    @inline(__always)
    mutating func put(_ byte: UInt8) {
        if pending != 0 {
            guard count + 1 < buffer.count else { return }
            buffer[count] = pending
            count += 1
            pending = 0
        }
        guard count < buffer.count else { return }
        buffer[count] = byte
        count += 1
    }

    mutating func append(_ bytes: [UInt8]) {
        for byte in bytes { put(byte) }
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            ascii(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            Unicode.UTF8.encode(scalar) { put($0) }
        }
    }
}

// MARK: - Loading

extension NameLexicon {
    /// The folder holding the packed name data (the `Resources` folder of this module's
    /// resource bundle), or `nil` if it cannot be found; ``shared`` is loaded from here.
    ///
    /// `Bundle.module` stops the program when its bundle is missing, so it is used only once the
    /// bundle is known to be beside the executable; otherwise the package's own source folder
    /// (found through `#filePath`, as when running from a build tree) is tried.
    public static var resourceDirectory: URL? {
        let fileManager = FileManager.default
        func hasData(_ directory: URL) -> Bool {
            fileManager.fileExists(atPath: directory.appendingPathComponent("first-names.tsv").path)
        }
        let bundleName = "Costar_CostarExtraction"
        let main = Bundle.main.bundleURL
        if fileManager.fileExists(atPath: main.appendingPathComponent(bundleName + ".resources").path)
            || fileManager.fileExists(atPath: main.appendingPathComponent(bundleName + ".bundle").path) {
            let bundle = Bundle.module
            if let file = bundle.url(forResource: "first-names", withExtension: "tsv", subdirectory: "Resources") {
                return file.deletingLastPathComponent()
            }
            for base in [bundle.resourceURL, bundle.bundleURL].compactMap({ $0 }) {
                let directory = base.appendingPathComponent("Resources")
                if hasData(directory) { return directory }
            }
        }
        let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Resources")
        return hasData(sourceFolder) ? sourceFolder : nil
    }

    private static func warn(_ message: String) {
        FileHandle.standardError.write(Data("costar: warning: \(message)\n".utf8))
    }

    /// Calls `body` with every non-empty line of `data` (without its `\n` or `\r\n`).
    private static func forEachLine(_ data: Data, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for line in bytes.split(separator: UInt8(ascii: "\n")) {
                var line = UnsafeBufferPointer(rebasing: line)
                if line.last == UInt8(ascii: "\r") { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
                if !line.isEmpty { body(line) }
            }
        }
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private static func newlineCount(_ data: Data) -> Int {
        data.withUnsafeBytes { raw in
            raw.reduce(into: 0) { count, byte in if byte == UInt8(ascii: "\n") { count += 1 } }
        }
    }

    /// Splits a line at its first tab: `(before, after)`, or `nil` without a tab.
    private static func splitTab(_ line: UnsafeBufferPointer<UInt8>)
        -> (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>)? {
        guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else { return nil }
        return (UnsafeBufferPointer(rebasing: line[..<tab]), UnsafeBufferPointer(rebasing: line[(tab + 1)...]))
    }

    /// Parses a plain decimal such as `1.006` or `0` without going through `String`.
    private static func parseDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var mantissa: UInt64 = 0
        var scale: Double = 1
        var seenDot = false
        var digits = 0
        for byte in bytes {
            if byte == UInt8(ascii: "."), !seenDot {
                seenDot = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 18 {
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if seenDot { scale *= 10 }
            } else {
                return Double(string(bytes))
            }
        }
        return digits == 0 ? nil : Double(mantissa) / scale
    }

    private static func parseFrequencies(_ data: Data) -> [String: Double] {
        var table = [String: Double](minimumCapacity: newlineCount(data))
        forEachLine(data) { line in
            guard let (name, number) = splitTab(line), !name.isEmpty else { return }
            table[string(name)] = parseDecimal(number) ?? 0
        }
        return table
    }

    private static func parseWords(_ data: Data) -> Set<String> {
        var words = Set<String>(minimumCapacity: newlineCount(data))
        forEachLine(data) { words.insert(string($0)) }
        return words
    }

    private static func parseNicknames(_ data: Data) -> ([String: [String]], [String: [String]]) {
        var byFormal: [String: [String]] = [:]
        var byNickname: [String: [String]] = [:]
        forEachLine(data) { line in
            guard let (formal, nickname) = splitTab(line), !formal.isEmpty, !nickname.isEmpty else { return }
            let f = string(formal), n = string(nickname)
            guard f != n else { return }
            byFormal[f, default: []].append(n)
            byNickname[n, default: []].append(f)
        }
        // The file is sorted, but sort anyway so lookups are ordered whatever the input.
        return (byFormal.mapValues { $0.sorted() }, byNickname.mapValues { $0.sorted() })
    }
}
