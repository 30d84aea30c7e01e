/// One list of unit indices per tie or per person, stored in compressed sparse row (CSR) form: list `i` is
/// `values[offsets[i]..<offsets[i + 1]]`. Two flat arrays instead of one array per list, so a network of millions of
/// ties costs two allocations, not millions.
///
/// It is a random-access collection of the lists, so `lists[i]`, `lists.count` and `for list in lists` read as they
/// would on `[[Int32]]`; each list is an `ArraySlice` of ``values`` (no copy).
public struct UnitLists: RandomAccessCollection, Sendable, Equatable {
    /// Start of each list in ``values``, plus the end of the last one: `count + 1` entries, the first 0.
    public let offsets: [Int]
    /// Every list's unit indices, list after list.
    public let values: [Int32]

    /// Creates the lists from their CSR arrays.
    ///
    /// - Parameters:
    ///   - offsets: start of each list in `values`, plus the end of the last; non-decreasing, first 0, last
    ///     `values.count`.
    ///   - values: the lists' entries, list after list.
    public init(offsets: [Int], values: [Int32]) {
        precondition(offsets.first == 0 && offsets.last == values.count, "offsets must run from 0 to values.count")
        self.offsets = offsets
        self.values = values
    }

    /// The position of the first list: 0.
    public var startIndex: Int { 0 }
    /// One past the last list: the number of lists.
    public var endIndex: Int { offsets.count - 1 }
    /// List `i`, a view of ``values``.
    public subscript(i: Int) -> ArraySlice<Int32> { values[offsets[i]..<offsets[i + 1]] }
}
