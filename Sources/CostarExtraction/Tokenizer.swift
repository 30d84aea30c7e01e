/// Splits text into ``Token``s in one pass over its characters.
///
/// Words keep internal apostrophes, hyphens, dots, `$` and `*`; a trailing possessive `'s`/`’s` is recorded on the
/// word and dropped from its text; a trailing dot is punctuation unless the word is an initial ("J.") or a
/// known abbreviation ("Jr.", "Mrs."). Sentence starts follow `.`, `!`, `?`, `:` and line breaks.
enum Tokenizer {
    /// Abbreviations whose dot is part of the word.
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "mx", "dr", "jr", "sr", "st", "prof", "rev", "hon", "capt", "gen", "lt", "col", "sgt", "gov", "sen", "rep", "mt", "ft"]

    static func tokens(_ text: Substring) -> [Token] {
        var tokens: [Token] = []
        var i = text.startIndex
        var sentenceStart = true
        var inDoubleQuotes = false
        var inSingleQuotes = false
        while i < text.endIndex {
            let c = text[i]
            if isNewline(c) {
                sentenceStart = true
                inDoubleQuotes = false
                inSingleQuotes = false
                i = text.index(after: i)
                continue
            }
            if isSpace(c) || isIgnorable(c) { i = text.index(after: i); continue }
            if c == "@" {
                var j = text.index(after: i)
                while j < text.endIndex, text[j].isLetter || text[j].isNumber || text[j] == "_" || text[j] == "." { j = text.index(after: j) }
                while j > text.index(after: i), text[text.index(before: j)] == "." { j = text.index(before: j) }
                if j > text.index(after: i) {
                    let body = text[text.index(after: i)..<j]
                    tokens.append(Token(kind: .handle, text: text[i..<j], folded: NameLexicon.fold(body), sentenceStart: sentenceStart))
                    sentenceStart = false
                    i = j
                    continue
                }
            }
            if isWordStart(c) || (c == "." && nextIsUppercase(text, after: i)) {
                var j = text.index(after: i)
                while j < text.endIndex {
                    let d = text[j]
                    if isWordCharacter(d) || d == "$" || d == "*" { j = text.index(after: j); continue }
                    // Internal joiners: keep when a letter, digit or * follows.
                    if d == "-" || d == "'" || d == "’" || d == "." || d == "‑" {
                        let k = text.index(after: j)
                        if k < text.endIndex, isLetterOrDigit(text[k]) || text[k] == "*" {
                            // A possessive 's ends the word.
                            if (d == "'" || d == "’"), text[k] == "s" || text[k] == "S" {
                                let after = text.index(after: k)
                                if after == text.endIndex || !(text[after].isLetter || text[after].isNumber) { break }
                            }
                            j = k
                            continue
                        }
                    }
                    break
                }
                var word = text[i..<j]
                var possessive = false
                if j < text.endIndex, text[j] == "'" || text[j] == "’" {
                    let k = text.index(after: j)
                    if k < text.endIndex, text[k] == "s" || text[k] == "S" {
                        let after = text.index(after: k)
                        if after == text.endIndex || !(text[after].isLetter || text[after].isNumber) {
                            possessive = true
                            j = after
                        }
                    } else if word.last == "s" {
                        possessive = true   // the Wades' table
                        j = k
                    }
                }
                // Keep the dot of an initial or a known abbreviation.
                if j < text.endIndex, text[j] == ".", !possessive {
                    let bare = NameLexicon.fold(word)
                    if (word.count == 1 && word.first!.isUppercase) || abbreviations.contains(bare) {
                        j = text.index(after: j)
                        word = text[i..<j]
                    }
                }
                var token = Token(kind: word.allSatisfy(\.isNumber) ? .number : .word, text: word, folded: fold(word))
                token.possessive = possessive
                classifyCase(&token)
                token.sentenceStart = sentenceStart
                token.quoted = inDoubleQuotes || inSingleQuotes
                tokens.append(token)
                sentenceStart = false
                i = j
                continue
            }
            // Punctuation.
            var token = Token(kind: .punctuation, text: text[i...i], folded: String(c))
            token.sentenceStart = sentenceStart
            switch c {
            case "\"": inDoubleQuotes.toggle()
            case "“": inDoubleQuotes = true
            case "”": inDoubleQuotes = false
            case "‘": inSingleQuotes = true
            case "'", "’":
                // An opening quote follows a space or starts the text; a closing one follows a word.
                let before = i > text.startIndex ? text[text.index(before: i)] : " "
                if before.isWhitespace || before == "(" { inSingleQuotes = true } else { inSingleQuotes = false }
            default: break
            }
            token.quoted = inDoubleQuotes || inSingleQuotes
            tokens.append(token)
            if c == "." || c == "!" || c == "?" || c == ":" || c == "…" { sentenceStart = true }
            else if !(c == "\"" || c == "“" || c == "”" || c == "'" || c == "’" || c == "(" || c == ")") { sentenceStart = false }
            i = text.index(after: i)
        }
        return tokens
    }

    /// Folds a word for lookups: lowercase, no diacritics, `$` as `s` (A$AP = ASAP), dots and hyphens kept.
    static func fold(_ word: Substring) -> String {
        word.utf8.contains(UInt8(ascii: "$")) ? NameLexicon.fold(word.replacingDollars()) : NameLexicon.fold(word)
    }

    static func isWordStart(_ c: Character) -> Bool { isLetterOrDigit(c) }

    // ASCII fast paths: most caption text is ASCII, and Character properties are costly.
    @inline(__always) static func isLetterOrDigit(_ c: Character) -> Bool {
        if let a = c.asciiValue { return (a | 0x20) >= 97 && (a | 0x20) <= 122 || (a >= 48 && a <= 57) }
        return c.isLetter || c.isNumber
    }

    @inline(__always) static func isWordCharacter(_ c: Character) -> Bool {
        if let a = c.asciiValue { return (a | 0x20) >= 97 && (a | 0x20) <= 122 || (a >= 48 && a <= 57) }
        return c.isLetter || c.isNumber || c.unicodeScalars.first!.properties.isDiacritic
    }

    @inline(__always) static func isSpace(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a == 32 || (a >= 9 && a <= 13) }
        return c.isWhitespace
    }

    @inline(__always) static func isNewline(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a >= 10 && a <= 13 }
        return c.isNewline
    }

    /// Emoji, pictographs and invisible format characters (joiners, direction marks, byte-order marks) read as
    /// space: "👩🏽‍🎤 Lizzo 💃 and Anitta" is a list of two names.
    static func isIgnorable(_ c: Character) -> Bool {
        guard let first = c.unicodeScalars.first, first.value >= 0x80 else { return false }
        let p = first.properties
        return p.isEmojiPresentation || (p.isEmoji && !c.isLetter && !c.isNumber) || p.generalCategory == .format
            || p.generalCategory == .otherSymbol || p.generalCategory == .control
    }

    static func nextIsUppercase(_ text: Substring, after i: String.Index) -> Bool {
        let k = text.index(after: i)
        return k < text.endIndex && text[k].isUppercase
    }

    /// Sets `capitalized`, `allCaps` and `descriptor` in one pass over the word's scalars.
    static func classifyCase(_ token: inout Token) {
        guard token.kind == .word else { return }
        var letters = 0, upper = 0, lower = 0
        var firstIsUpper: Bool? = nil
        var hyphen = false
        var partStart = true
        var lowerPart = false
        for u in token.text.unicodeScalars {
            if u == "-" || u == "‑" { hyphen = true; partStart = true; continue }
            let isUpper: Bool, isLower: Bool
            if u.isASCII {
                isUpper = u.value >= 65 && u.value <= 90
                isLower = u.value >= 97 && u.value <= 122
            } else if u.properties.isAlphabetic {
                isUpper = u.properties.isUppercase
                isLower = u.properties.isLowercase
            } else { continue }
            guard isUpper || isLower || !u.isASCII else { continue }
            letters += 1
            if isUpper { upper += 1 }
            if isLower { lower += 1 }
            if firstIsUpper == nil { firstIsUpper = isUpper }
            if partStart { lowerPart = lowerPart || isLower; partStart = false }
        }
        guard let firstIsUpper else { return }
        token.capitalized = firstIsUpper
        token.allCaps = letters >= 2 && lower == 0
        token.descriptor = firstIsUpper && hyphen && lowerPart
    }
}

extension Substring {
    /// "A$AP" → "AsAP": a dollar sign inside a stage name reads as an s.
    func replacingDollars() -> String { String(map { $0 == "$" ? "s" : $0 }) }
}
