/// A small seeded pseudo-random generator, so that Louvain's node order is the same on every platform and Swift
/// version (the standard library's generators and `shuffle` make no such promise).
///
/// Reference: Steele, G. L., Lea, D. & Flood, C. H. (2014). Fast splittable pseudorandom number generators.
/// OOPSLA 2014, 453–472 (SplitMix64, as in Vigna's reference C code).
struct SplitMix64 {
    private var state: UInt64

    /// Creates a generator from a seed.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-and-reject method, unbiased). `bound` must be positive.
    mutating func next(below bound: Int) -> Int {
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold { product = next().multipliedFullWidth(by: range) }
        }
        return Int(product.high)
    }

    /// Shuffles `array` in place (Fisher–Yates).
    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = next(below: i + 1)
            if i != j { array.swapAt(i, j) }
        }
    }
}
