/// A* open set as a radix heap on the bit patterns of the priorities (R. K. Ahuja, K. Mehlhorn,
/// J. B. Orlin, R. E. Tarjan, "Faster algorithms for the shortest path problem", J. ACM 37(2),
/// 1990; the 64-bit form of B. V. Cherkassky, A. V. Goldberg, C. Silverstein, "Buckets, heaps,
/// lists, and monotone priority queues", SIAM J. Comput. 28(4), 1999).
///
/// For `f ≥ 0` the IEEE-754 bit pattern of a `Double` orders exactly as the number, so `f` is a
/// 64-bit integer key and nothing is rounded. Bucket `b > 0` holds keys whose highest bit that
/// differs from the last popped key `m` is bit `b − 1`; bucket 0 holds keys equal to `m`. Popping
/// refills bucket 0 from the first non-empty bucket, moving each of its entries to a lower bucket,
/// so each entry moves at most 64 times and every operation is O(1) amortised plus O(64).
///
/// It needs monotone priorities (no key below `m` once `m` is popped). A* with a consistent
/// heuristic pops non-decreasing `f`; the ``OctileHeuristic`` keeps a margin of 10⁻⁹ per step so
/// rounding cannot break this, and a key that still fell below `m` would be treated as `m`
/// (popped next, which is where it belongs).
///
/// Buckets are raw, growable arrays owned by this noncopyable value and freed with it, so a push
/// or pop is a few loads and stores with no reference counting or uniqueness checks.
struct RadixOpenList: ~Copyable {
    private static let bucketCount = 65
    private let items: UnsafeMutablePointer<UnsafeMutablePointer<AStarEntry>>
    private let counts: UnsafeMutablePointer<Int>
    private let capacities: UnsafeMutablePointer<Int>
    private var last: UInt64 = 0
    /// Number of entries.
    private(set) var count = 0

    init() {
        items = .allocate(capacity: Self.bucketCount)
        counts = .allocate(capacity: Self.bucketCount)
        capacities = .allocate(capacity: Self.bucketCount)
        for b in 0..<Self.bucketCount {
            items[b] = .allocate(capacity: 64)
            counts[b] = 0
            capacities[b] = 64
        }
    }

    deinit {
        for b in 0..<Self.bucketCount { items[b].deallocate() }
        items.deallocate()
        counts.deallocate()
        capacities.deallocate()
    }

    @inline(__always)
    private static func bucket(_ key: UInt64, _ last: UInt64) -> Int {
        key <= last ? 0 : 64 - (key ^ last).leadingZeroBitCount
    }

    @inline(__always)
    private func append(_ e: AStarEntry, to b: Int) {
        let n = counts[b]
        if n == capacities[b] {
            let bigger = UnsafeMutablePointer<AStarEntry>.allocate(capacity: 2 * n)
            bigger.moveInitialize(from: items[b], count: n)
            items[b].deallocate()
            items[b] = bigger
            capacities[b] = 2 * n
        }
        items[b][n] = e
        counts[b] = n + 1
    }

    /// Adds `e` (its `f` must be ≥ 0). - Complexity: O(1) amortised.
    @inline(__always)
    mutating func insert(_ e: AStarEntry) {
        append(e, to: Self.bucket(e.f.bitPattern, last))
        count += 1
    }

    /// Removes and returns an entry of least `f` (the most recent one among equals), nil when
    /// empty. - Complexity: O(1) amortised over the entries' moves, plus O(64) to find a bucket.
    @inline(__always)
    mutating func popMin() -> AStarEntry? {
        guard count > 0 else { return nil }
        if counts[0] == 0 {
            var i = 1
            while counts[i] == 0 { i += 1 }
            let moving = items[i], n = counts[i]
            var m = UInt64.max
            for j in 0..<n where moving[j].f.bitPattern < m { m = moving[j].f.bitPattern }
            last = Swift.max(m, last)
            counts[i] = 0
            // Every entry goes to a bucket below i, so `moving` is not written while read.
            for j in 0..<n { append(moving[j], to: Self.bucket(moving[j].f.bitPattern, last)) }
        }
        count -= 1
        counts[0] -= 1
        return items[0][counts[0]]
    }
}
