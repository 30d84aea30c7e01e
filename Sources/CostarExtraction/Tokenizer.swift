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
            if c.isNewline {
                sentenceStart = true
                inDoubleQuotes = false
                inSingleQuotes = false
                i = text.index(after: i)
                continue
            }
            if c.isWhitespace || isIgnorable(c) { i = text.index(after: i); continue }
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
                    if d.isLetter || d.isNumber || d == "$" || d == "*" || d.unicodeScalars.first!.properties.isDiacritic { j = text.index(after: j); continue }
                    // Internal joiners: keep when a letter, digit or * follows.
                    if d == "-" || d == "'" || d == "’" || d == "." || d == "‑" {
                        let k = text.index(after: j)
                        if k < text.endIndex, text[k].isLetter || text[k].isNumber || text[k] == "*" {
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
        word.contains("$") ? NameLexicon.fold(word.replacingDollars()) : NameLexicon.fold(word)
    }

    static func isWordStart(_ c: Character) -> Bool { c.isLetter || c.isNumber }

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

    static func classifyCase(_ token: inout Token) {
        guard token.kind == .word else { return }
        let letters = token.text.filter(\.isLetter)
        guard let first = letters.first else { return }
        token.capitalized = first.isUppercase
        token.allCaps = letters.count >= 2 && letters.allSatisfy { !$0.isLowercase }
        if token.capitalized, token.text.contains("-") {
            token.descriptor = token.text.split(separator: "-").contains { part in part.first.map { $0.isLowercase } ?? false }
        }
    }
}

extension Substring {
    /// "A$AP" → "AsAP": a dollar sign inside a stage name reads as an s.
    func replacingDollars() -> String { String(map { $0 == "$" ? "s" : $0 }) }
}
