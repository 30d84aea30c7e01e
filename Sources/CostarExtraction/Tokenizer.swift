/// Splits text into ``Token``s in one pass over its UTF-8 bytes.
///
/// Words keep internal apostrophes, hyphens, dots, `$` and `*`; a trailing possessive `'s`/`’s` is recorded on the
/// word and dropped from its text; a trailing dot is punctuation unless the word is an initial ("J.") or a
/// known abbreviation ("Jr.", "Mrs."). Sentence starts follow `.`, `!`, `?`, `:` and line breaks. Emoji, pictographs
/// and invisible format characters read as space: "👩🏽‍🎤 Lizzo 💃 and Anitta" is a list of two names.
///
/// ASCII bytes are classified and folded directly; other characters are decoded to scalars and asked their Unicode
/// properties. Each word is folded into a scratch buffer and looked up in the ``WordTable`` by its bytes.
enum Tokenizer {
    /// Abbreviations whose dot is part of the word.
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "mx", "dr", "jr", "sr", "st", "prof", "rev", "hon", "capt", "gen", "lt", "col", "sgt", "gov", "sen", "rep", "mt", "ft"]

    /// The tokens of `text`, with their words numbered in `table`.
    static func tokens(_ text: String, _ table: WordTable) -> [Token] {
        var tokens: [Token] = []
        tokenize(text, table, into: &tokens)
        return tokens
    }

    /// ``tokens(_:_:)`` into `tokens` (emptied first; the room it has is kept, so a reader of unit after unit
    /// allocates once).
    static func tokenize(_ text: String, _ table: WordTable, into tokens: inout [Token]) {
        var text = text
        text.withUTF8 { bytes in
            // A folded ASCII word is never longer than the text.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { scratch in
                var scanner = Scanner(bytes: bytes, table: table, scratch: scratch.baseAddress!)
                swap(&scanner.tokens, &tokens)
                scanner.tokens.removeAll(keepingCapacity: true)
                scanner.tokens.reserveCapacity(bytes.count / 5 + 4)
                scanner.run()
                swap(&scanner.tokens, &tokens)
            }
        }
    }

    /// Folds a word for lookups: lowercase, no diacritics, `$` as `s` (A$AP = ASAP), dots dropped, inner hyphens
    /// and apostrophes kept (see ``NameLexicon/fold(_:)``).
    static func fold(_ word: Substring) -> String {
        word.utf8.contains(UInt8(ascii: "$")) ? NameLexicon.fold(String(word.map { $0 == "$" ? "s" : $0 })) : NameLexicon.fold(word)
    }
}

/// The state of one tokenisation.
private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let table: WordTable
    var tokens: [Token] = []
    var sentenceStart = true
    var inDoubleQuotes = false
    var inSingleQuotes = false
    /// Folded bytes of the current word, in a buffer as long as the text.
    let scratch: UnsafeMutablePointer<UInt8>

    init(bytes: UnsafeBufferPointer<UInt8>, table: WordTable, scratch: UnsafeMutablePointer<UInt8>) {
        self.bytes = bytes
        self.table = table
        self.scratch = scratch
    }

    var n: Int { bytes.count }

    /// The scalar at byte `i` and its length in bytes (a broken sequence reads as U+FFFD, one byte).
    @inline(__always) func scalar(_ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        @inline(__always) func cont(_ k: Int) -> UInt32? {
            guard i + k < n, bytes[i + k] & 0xC0 == 0x80 else { return nil }
            return UInt32(bytes[i + k] & 0x3F)
        }
        if b0 & 0xE0 == 0xC0, let c1 = cont(1) { return ((b0 & 0x1F) << 6 | c1, 2) }
        if b0 & 0xF0 == 0xE0, let c1 = cont(1), let c2 = cont(2) { return ((b0 & 0x0F) << 12 | c1 << 6 | c2, 3) }
        if b0 & 0xF8 == 0xF0, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            return ((b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3, 4)
        }
        return (0xFFFD, 1)
    }

    /// The scalar that ends just before byte `i`, or a space at the start.
    func scalar(before i: Int) -> UInt32 {
        guard i > 0 else { return 0x20 }
        var k = i - 1
        while k > 0, bytes[k] & 0xC0 == 0x80 { k -= 1 }
        return scalar(k).0
    }

    mutating func run() {
        var i = 0
        while i < n {
            if bytes[i] == 0x20 { i += 1; continue }   // the commonest byte of all
            let (c, len) = scalar(i)
            if Chars.isNewline(c) {
                sentenceStart = true
                inDoubleQuotes = false
                inSingleQuotes = false
                i += len
                continue
            }
            if Chars.isSpace(c) || (c >= 0x80 && Chars.isIgnorable(c)) { i += len; continue }
            if c == 0x40, let j = handle(at: i) { i = j; continue }   // @
            if Chars.isLetterOrDigit(c) || (c == 0x2E && i + 1 < n && Chars.isUppercase(scalar(i + 1).0)) {
                i = word(at: i, firstLength: len)
                continue
            }
            i = punctuation(c, at: i, length: len)
        }
    }

    /// `@name`: letters, digits, `_` and `.`, without trailing dots. Returns where it ends, or nil for a lone `@`.
    mutating func handle(at i: Int) -> Int? {
        var j = i + 1
        while j < n {
            let (d, dl) = scalar(j)
            guard Chars.isLetterOrDigit(d) || d == 0x5F || d == 0x2E else { break }
            j += dl
        }
        while j > i + 1, bytes[j - 1] == 0x2E { j -= 1 }
        guard j > i + 1 else { return nil }
        let body = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j]), as: UTF8.self)
        let w = table.id(NameLexicon.fold(body))
        tokens.append(Token(kind: .handle, start: Int32(i), end: Int32(j), word: w, flags: table.flags(of: w),
                            length: Int32(j - i), sentenceStart: sentenceStart))
        sentenceStart = false
        return j
    }

    /// A word starting at `i`; returns where the scan goes on.
    mutating func word(at i: Int, firstLength: Int) -> Int {
        var j = i + firstLength
        while j < n {
            // ASCII letters, digits, $ and * go on the word without decoding a scalar.
            if Chars.isASCIIWordByte(bytes[j]) { j += 1; continue }
            let (d, dl) = scalar(j)
            if Chars.isWordCharacter(d) || d == 0x24 || d == 0x2A { j += dl; continue }   // $ *
            // Internal joiners: keep when a letter, digit or * follows.
            if Chars.isJoiner(d), j + dl < n {
                let k = j + dl
                let (e, el) = scalar(k)
                if Chars.isLetterOrDigit(e) || e == 0x2A {
                    // A possessive 's ends the word.
                    if Chars.isApostrophe(d), e == 0x73 || e == 0x53 {
                        let after = k + el
                        if after == n || !Chars.isLetterOrDigit(scalar(after).0) { break }
                    }
                    j = k
                    continue
                }
            }
            break
        }
        var end = j
        var possessive = false
        if j < n {
            let (d, dl) = scalar(j)
            if Chars.isApostrophe(d) {
                let k = j + dl
                if k < n, bytes[k] == 0x73 || bytes[k] == 0x53 {
                    let after = k + 1
                    if after == n || !Chars.isLetterOrDigit(scalar(after).0) {
                        possessive = true
                        j = after
                    }
                } else if bytes[end - 1] == 0x73 {
                    possessive = true   // the Wades' table
                    j = k
                }
            }
        }
        // Fold, classify case and count scalars in one pass.
        var shape = Shape()
        var ascii = true
        var fold = FoldBuffer(base: scratch)
        var k = i
        while k < end {
            let b = bytes[k]
            if b < 0x80 {
                switch b {
                case 0x61...0x7A: shape.addLetter(upper: false); fold.put(b)
                case 0x41...0x5A: shape.addLetter(upper: true); fold.put(b | 0x20)
                case 0x30...0x39: shape.scalars &+= 1; fold.put(b)
                case 0x24: shape.addOther(); fold.put(0x73)   // $ reads as s
                case 0x27: shape.addOther(); fold.hold(b)
                case 0x2D: shape.addHyphen(); fold.hold(b)
                default: shape.addOther()
                }
                k += 1
            } else {
                ascii = false
                let (u, ul) = scalar(k)
                shape.add(u)
                k += ul
            }
        }
        // Keep the dot of an initial or a known abbreviation.
        if j < n, bytes[j] == 0x2E, !possessive {
            let initial = shape.scalars == 1 && shape.firstIsUpper == true
            if initial || isAbbreviation(wordID(ascii: ascii, folded: fold.count, i, end)) {
                j += 1
                end = j
                shape.add(0x2E)
            }
        }
        let w = wordID(ascii: ascii, folded: fold.count, i, end)
        var token = Token(kind: shape.allDigits ? .number : .word, start: Int32(i), end: Int32(end), word: w,
                          flags: table.flags(of: w), length: Int32(shape.scalars))
        token.possessive = possessive
        if token.kind == .word, let firstIsUpper = shape.firstIsUpper {
            token.capitalized = firstIsUpper
            token.allCaps = shape.letters >= 2 && shape.lower == 0
            token.descriptor = firstIsUpper && shape.hyphen && shape.lowerPart
        }
        token.hasLetter = shape.hasLetter
        token.sentenceStart = sentenceStart
        token.quoted = inDoubleQuotes || inSingleQuotes
        tokens.append(token)
        sentenceStart = false
        return j
    }

    /// The word number of bytes `a..<b`: for ASCII, the first `folded` bytes of the scratch buffer, which already
    /// hold the fold (a kept dot folds away); the full fold otherwise.
    func wordID(ascii: Bool, folded: Int, _ a: Int, _ b: Int) -> Int32 {
        if ascii { return table.id(folded: UnsafeBufferPointer(start: scratch, count: folded)) }
        return foldedWordID(a, b)
    }

    /// The word number of bytes `a..<b` beyond ASCII, folded in full (out of line, like ``Chars/Beyond``).
    @inline(never) func foldedWordID(_ a: Int, _ b: Int) -> Int32 {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
        return table.id(Tokenizer.fold(Substring(text)))
    }

    func isAbbreviation(_ w: Int32) -> Bool { table.flags(of: w).contains(.abbreviation) }


    /// One punctuation mark (with any marks that combine with it); returns where the scan goes on.
    mutating func punctuation(_ c: UInt32, at i: Int, length: Int) -> Int {
        var j = i + length
        while j < n, bytes[j] >= 0x80, Chars.isMark(scalar(j).0) { j += scalar(j).1 }
        var token = Token(kind: .punctuation, start: Int32(i), end: Int32(j), word: -1 - Int32(bitPattern: c), length: 1)
        token.sentenceStart = sentenceStart
        switch c {
        case 0x22: inDoubleQuotes.toggle()                 // "
        case 0x201C: inDoubleQuotes = true                 // “
        case 0x201D: inDoubleQuotes = false                // ”
        case 0x2018: inSingleQuotes = true                 // ‘
        case 0x27, 0x2019:                                 // ' ’
            // An opening quote follows a space or starts the text; a closing one follows a word.
            let before = scalar(before: i)
            inSingleQuotes = Chars.isSpace(before) || Chars.isNewline(before) || before == 0x28
        default: break
        }
        token.quoted = inDoubleQuotes || inSingleQuotes
        tokens.append(token)
        switch c {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x2026: sentenceStart = true                // . ! ? : …
        case 0x22, 0x201C, 0x201D, 0x27, 0x2019, 0x28, 0x29: break               // quotes and parentheses
        default: sentenceStart = false
        }
        return j
    }
}

/// The folded bytes of an ASCII word as they are read, written into the scanner's scratch buffer (counted in a local
/// value, not the scanner's memory). An inner apostrophe or hyphen is held back and written only when a letter or
/// digit follows it.
private struct FoldBuffer {
    let base: UnsafeMutablePointer<UInt8>
    var count = 0
    var pending: UInt8 = 0

    /// Writes a folded byte, after the joiner held back before it.
    @inline(__always) mutating func put(_ b: UInt8) {
        if pending != 0 { base[count] = pending; count &+= 1; pending = 0 }
        base[count] = b
        count &+= 1
    }

    /// Holds back a joiner that follows folded bytes (only the first of a row).
    @inline(__always) mutating func hold(_ b: UInt8) { if count > 0 && pending == 0 { pending = b } }
}

/// The case and content of a word, gathered scalar by scalar.
private struct Shape {
    var scalars = 0
    var letters = 0
    var lower = 0
    var firstIsUpper: Bool? = nil
    var hyphen = false
    var partStart = true
    var lowerPart = false
    var allDigits = true
    var hasLetter = false

    @inline(__always) mutating func addLetter(upper: Bool) {
        scalars &+= 1
        allDigits = false
        hasLetter = true
        letters &+= 1
        if !upper { lower &+= 1 }
        if firstIsUpper == nil { firstIsUpper = upper }
        if partStart { lowerPart = lowerPart || !upper; partStart = false }
    }

    @inline(__always) mutating func addHyphen() { scalars &+= 1; hyphen = true; partStart = true; allDigits = false }

    /// Punctuation inside a word (' . $ *).
    @inline(__always) mutating func addOther() { scalars &+= 1; allDigits = false }

    /// Adds any scalar (kept out of line: its Unicode property lookups would otherwise weigh on every word).
    @inline(never) mutating func add(_ u: UInt32) {
        if u < 0x80 {
            switch u {
            case 0x61...0x7A: addLetter(upper: false)
            case 0x41...0x5A: addLetter(upper: true)
            case 0x30...0x39: scalars += 1
            case 0x2D: addHyphen()
            default: addOther()
            }
            return
        }
        scalars += 1
        if u == 0x2011 { hyphen = true; partStart = true; allDigits = false; return }
        guard let s = Unicode.Scalar(u) else { allDigits = false; return }
        let p = s.properties
        if p.numericType == nil { allDigits = false }
        guard p.isAlphabetic else { return }
        let isUpper = p.isUppercase, isLower = p.isLowercase
        hasLetter = true
        letters += 1
        if isLower { lower += 1 }
        if firstIsUpper == nil { firstIsUpper = isUpper }
        if partStart { lowerPart = lowerPart || isLower; partStart = false }
    }
}

/// Character classes on Unicode scalar values, with ASCII answered without a table lookup.
///
/// The questions beyond ASCII are asked in functions kept out of line (``Beyond``): the standard library's Unicode
/// property types have a size known only at run time, and inlined into the scanner they would cost every word a
/// few type-metadata lookups and stack allocations.
enum Chars {
    /// The ASCII bytes that continue a word by themselves: letters, digits, `$` and `*`.
    /// As bit masks (bit `b` of the first for byte `b` below 64, of the second for byte `64 + b`), so that the test
    /// is a shift and needs no table to be set up: `$`, `*` and the digits, then the capital and small letters.
    @inline(__always) static func isASCIIWordByte(_ b: UInt8) -> Bool {
        let low: UInt64 = 0x03FF_0410_0000_0000, high: UInt64 = 0x07FF_FFFE_07FF_FFFE
        return b < 64 ? (low >> b) & 1 != 0 : b < 128 && (high >> (b - 64)) & 1 != 0
    }

    @inline(__always) static func isLetterOrDigit(_ u: UInt32) -> Bool {
        if u < 0x80 { return (u | 0x20) >= 97 && (u | 0x20) <= 122 || (u >= 48 && u <= 57) }
        return Beyond.isLetterOrDigit(u)
    }

    /// A letter, digit, or a mark that combines with the letter before it.
    @inline(__always) static func isWordCharacter(_ u: UInt32) -> Bool {
        if u < 0x80 { return isLetterOrDigit(u) }
        return Beyond.isWordCharacter(u)
    }

    @inline(__always) static func isSpace(_ u: UInt32) -> Bool {
        if u < 0x80 { return u == 32 || (u >= 9 && u <= 13) }
        return Beyond.isSpace(u)
    }

    @inline(__always) static func isNewline(_ u: UInt32) -> Bool {
        (u >= 10 && u <= 13) || u == 0x85 || u == 0x2028 || u == 0x2029
    }

    @inline(__always) static func isUppercase(_ u: UInt32) -> Bool {
        if u < 0x80 { return u >= 65 && u <= 90 }
        return Beyond.isUppercase(u)
    }

    @inline(__always) static func isApostrophe(_ u: UInt32) -> Bool { u == 0x27 || u == 0x2019 }

    /// - ' ’ . and the non-breaking hyphen: kept inside a word when a letter or digit follows.
    @inline(__always) static func isJoiner(_ u: UInt32) -> Bool { u == 0x2D || u == 0x27 || u == 0x2019 || u == 0x2E || u == 0x2011 }

    /// A combining mark or variation selector: part of the character before it.
    @inline(never) static func isMark(_ u: UInt32) -> Bool {
        guard u >= 0x300, let s = Unicode.Scalar(u) else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Emoji, pictographs, invisible format characters (joiners, direction marks, byte-order marks), control
    /// characters, and marks left over from them: read as space.
    @inline(never) static func isIgnorable(_ u: UInt32) -> Bool {
        guard u >= 0x80, let s = Unicode.Scalar(u) else { return false }
        let p = s.properties
        if isMark(u) { return true }
        return p.isEmojiPresentation || (p.isEmoji && !p.isAlphabetic && p.numericType == nil) || p.generalCategory == .format
            || p.generalCategory == .otherSymbol || p.generalCategory == .control
    }
}

extension Chars {
    /// The character classes of scalars beyond ASCII, out of line (see ``Chars``).
    enum Beyond {
        @inline(never) static func isLetterOrDigit(_ u: UInt32) -> Bool {
            guard let s = Unicode.Scalar(u) else { return false }
            return s.properties.isAlphabetic || s.properties.numericType != nil
        }

        @inline(never) static func isWordCharacter(_ u: UInt32) -> Bool {
            isLetterOrDigit(u) || isMark(u) || (Unicode.Scalar(u)?.properties.isDiacritic ?? false)
        }

        @inline(never) static func isSpace(_ u: UInt32) -> Bool { Unicode.Scalar(u)?.properties.isWhitespace ?? false }

        @inline(never) static func isUppercase(_ u: UInt32) -> Bool { Unicode.Scalar(u)?.properties.isUppercase ?? false }
    }
}
