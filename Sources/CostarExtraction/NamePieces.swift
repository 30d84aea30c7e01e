/// The pieces of a name (word numbers of the ``WordTable``, the words of its key, "jodie turner smith"), kept in
/// place for a name of up to four pieces, as nearly all are, and in an array beyond: a candidate's name costs no
/// allocation, and copying one costs no reference count.
struct NamePieces: RandomAccessCollection, Equatable, Sendable {
    /// The pieces while there are four or fewer.
    private var inline: (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
    /// Every piece, once there are more than four (empty until then, which allocates nothing).
    private var spill: [Int32] = []
    /// How many pieces there are.
    private(set) var count = 0

    /// No pieces.
    init() {}

    /// The pieces of a sequence, in order.
    init(_ pieces: some Sequence<Int32>) {
        for p in pieces { append(p) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(i: Int) -> Int32 {
        get {
            precondition(i >= 0 && i < count, "piece index out of range")
            if count > 4 { return spill[i] }
            return withUnsafeBytes(of: inline) { $0.load(fromByteOffset: i &* 4, as: Int32.self) }
        }
        set {
            precondition(i >= 0 && i < count, "piece index out of range")
            if count > 4 {
                spill[i] = newValue
            } else {
                withUnsafeMutableBytes(of: &inline) { $0.storeBytes(of: newValue, toByteOffset: i &* 4, as: Int32.self) }
            }
        }
    }

    /// Adds a piece at the end.
    mutating func append(_ p: Int32) {
        if count < 4 {
            withUnsafeMutableBytes(of: &inline) { $0.storeBytes(of: p, toByteOffset: count &* 4, as: Int32.self) }
        } else {
            if count == 4 { spill = Array(self) }
            spill.append(p)
        }
        count += 1
    }

    /// Renumbers the pieces in place: `renumber[w]` is the new number of word `w`.
    mutating func renumber(_ renumber: [Int32]) {
        for k in indices { self[k] = renumber[Int(self[k])] }
    }

    static func == (a: NamePieces, b: NamePieces) -> Bool { a.elementsEqual(b) }
}
