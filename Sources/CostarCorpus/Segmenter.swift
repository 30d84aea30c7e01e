/// Splits an article into caption units.
///
/// In order of preference, a unit is:
/// - a numbered photo caption ("01 Questlove, Precious Lee, …"), numbers running in sequence;
/// - an agency caption: a paragraph with a dateline ("NEW YORK, NEW YORK – MAY 02:") or a "(Photo by …)" credit;
/// - the text above an image credit ("Image: Getty."): the paragraph just above it, or, in a section that opens
///   with a heading (a short line such as "Kim Kardashian"), the heading and every paragraph up to the credit;
///   consecutive credits belong to the same unit;
/// - a lead-picture credit ("Feature image: …") belongs to no unit;
/// - any other paragraph, as `prose` (a heading that claims no caption is a prose unit of its own).
///
/// Identifiers: numbered captions keep their number (`doc#08`); other captions are `doc#img1`, `doc#img2`, … and
/// agency captions `doc#photo1`, …; prose units are `doc#p` and their paragraph number (`doc#p4`).
public enum Segmenter {
    enum Paragraph {
        case numbered(preface: Substring, captions: [NumberedCaptions.Caption])
        case leadingNumber(Int, NumberedCaptions.Caption)
        case agency(text: Substring, credit: Substring?)
        case creditOnly(Substring)
        case textWithCredit(text: Substring, credit: Substring)
        case articleCredit
        case heading(Substring)
        case text(Substring)
    }

    /// The caption units of a document, in reading order.
    public static func units(of document: Document) -> [CaptionUnit] {
        let paragraphs = document.text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        var kinds = paragraphs.map(classify)
        demoteLoneLeadingNumbers(&kinds)

        var units: [(order: Int, sub: Int, unit: CaptionUnit)] = []
        var claimed = [Bool](repeating: false, count: paragraphs.count)
        var imageCount = 0, photoCount = 0
        var lastHeading: Int? = nil
        var lastCreditUnit: Int? = nil   // index in `units` of the latest credit caption, while only credits follow it
        func make(_ id: String, _ kind: UnitKind, _ text: Substring, _ credit: Substring?, numbered: Bool = false) -> CaptionUnit {
            CaptionUnit(document: document.name, date: document.date, id: "\(document.name)#\(id)", kind: kind,
                        text: String(text), credit: credit.map(String.init), numbered: numbered)
        }
        for (i, kind) in kinds.enumerated() {
            switch kind {
            case let .numbered(preface, captions):
                claimed[i] = true
                if !preface.isEmpty { units.append((i, 0, make("p\(i + 1)", .prose, preface, nil))) }
                for (k, c) in captions.enumerated() { units.append((i, k + 1, make(paddedNumber(c.number), .caption, c.text, nil, numbered: true))) }
                lastCreditUnit = nil
            case let .leadingNumber(_, c):
                claimed[i] = true
                units.append((i, 0, make(paddedNumber(c.number), .caption, c.text, nil, numbered: true)))
                lastCreditUnit = nil
            case let .agency(text, credit):
                claimed[i] = true
                photoCount += 1
                units.append((i, 0, make("photo\(photoCount)", .caption, text, credit)))
                lastCreditUnit = nil
            case let .textWithCredit(text, credit):
                claimed[i] = true
                imageCount += 1
                units.append((i, 0, make("img\(imageCount)", .caption, text, credit)))
                lastCreditUnit = units.count - 1
            case let .creditOnly(credit):
                claimed[i] = true
                if let u = lastCreditUnit {
                    // Another picture of the same set: the unit keeps every credit.
                    let existing = units[u].unit.credit.map { $0 + "; " } ?? ""
                    units[u].unit.credit = existing + credit
                    continue
                }
                var from = i
                if let h = lastHeading, h < i, !claimed[h] {
                    from = h
                } else if i > 0, !claimed[i - 1], case .text = kinds[i - 1] {
                    from = i - 1
                }
                guard from < i else { continue }
                for j in from..<i { claimed[j] = true }
                imageCount += 1
                let text = paragraphs[from..<i].joined(separator: "\n")
                units.append((from, 0, make("img\(imageCount)", .caption, Substring(text), credit)))
                lastCreditUnit = units.count - 1
            case .articleCredit:
                claimed[i] = true
            case .heading:
                lastHeading = i
                lastCreditUnit = nil
            case .text:
                lastCreditUnit = nil
            }
        }
        for (i, kind) in kinds.enumerated() where !claimed[i] {
            switch kind {
            case let .heading(t), let .text(t): units.append((i, 0, make("p\(i + 1)", .prose, t, nil)))
            default: break
            }
        }
        units.sort { ($0.order, $0.sub) < ($1.order, $1.sub) }
        return units.map(\.unit)
    }

    static func classify(_ p: Substring) -> Paragraph {
        if let numbered = NumberedCaptions.split(p) { return .numbered(preface: numbered.preface, captions: numbered.captions) }
        if Credit.isArticleCredit(p) { return .articleCredit }
        if let credit = Credit.creditLine(p) { return .creditOnly(credit) }
        if let (text, credit) = Credit.splitParenthesised(p) { return .agency(text: text, credit: credit) }
        if hasDateline(p) { return .agency(text: p, credit: nil) }
        if let (text, credit) = Credit.splitTrailing(p) { return .textWithCredit(text: text, credit: credit) }
        if let lead = NumberedCaptions.leadingNumber(p) { return .leadingNumber(lead.value, lead.caption) }
        if isHeading(p) { return .heading(p) }
        return .text(p)
    }

    /// A paragraph that starts with a number is a caption only when its neighbours continue the count
    /// (one caption a paragraph: "1 …", "2 …", "3 …"); otherwise it is text ("10 official after-parties …").
    static func demoteLoneLeadingNumbers(_ kinds: inout [Paragraph]) {
        func value(_ k: Int) -> Int? {
            guard kinds.indices.contains(k), case let .leadingNumber(v, _) = kinds[k] else { return nil }
            return v
        }
        let original = kinds
        for k in kinds.indices {
            guard let v = value(k), case let .leadingNumber(_, c) = original[k] else { continue }
            let before = k > 0 ? value(k - 1) : nil
            let after = value(k + 1)
            if before != v - 1 && after != v + 1 {
                kinds[k] = .text(c.number.base[c.number.startIndex..<c.text.endIndex])
            }
        }
    }

    /// "NEW YORK, NEW YORK – MAY 02:": capitals, a dash, a month and a day, then a colon.
    static func hasDateline(_ p: Substring) -> Bool {
        guard let colon = p.prefix(80).firstIndex(of: ":") else { return false }
        let head = p[..<colon]
        guard let dash = head.firstIndex(where: { $0 == "–" || $0 == "—" || $0 == "-" }) else { return false }
        let place = head[..<dash].trimmingSpaces()
        let when = head[head.index(after: dash)...].trimmingSpaces()
        let placeIsCaps = !place.isEmpty && place.allSatisfy { $0.isUppercase || $0 == " " || $0 == "," || $0 == "." || $0 == "'" }
        let whenParts = when.split(separator: " ")
        return placeIsCaps && whenParts.count == 2 && whenParts[0].allSatisfy(\.isUppercase) && whenParts[1].allSatisfy(\.isNumber)
    }

    /// A heading: one to six words, at most 60 characters, no sentence punctuation at the end, every word capitalised
    /// (or a short particle such as "van", "de").
    public static func isHeading(_ p: Substring) -> Bool {
        guard p.count <= 60, let last = p.last, !".!?:;,\"”’)".contains(last) else { return false }
        let words = p.split(separator: " ")
        guard (1...6).contains(words.count), words.first!.first!.isUppercase else { return false }
        return words.allSatisfy { w in
            guard let c = w.first else { return false }
            return c.isUppercase || c.isNumber || (w.count <= 3 && w.allSatisfy(\.isLowercase))
        }
    }

    /// "8" → "08": numbered caption ids keep two digits at least.
    static func paddedNumber(_ n: Substring) -> String { n.count >= 2 ? String(n) : "0" + n }
}
