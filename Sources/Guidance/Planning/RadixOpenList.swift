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
struct RadixOpenList: ~Copyable {
    private var buckets: [[AStarEntry]] = Array(repeating: [], count: 65)
    private var last: UInt64 = 0
    /// Number of entries.
    private(set) var count = 0

    init() {}

    @inline(__always)
    private static func bucket(_ key: UInt64, _ last: UInt64) -> Int {
        key <= last ? 0 : 64 - (key ^ last).leadingZeroBitCount
    }

    /// Adds `e` (its `f` must be ≥ 0). - Complexity: O(1).
    @inline(__always)
    mutating func insert(_ e: AStarEntry) {
        buckets[Self.bucket(e.f.bitPattern, last)].append(e)
        count += 1
    }

    /// Removes and returns an entry of least `f` (the most recent one among equals), nil when
    /// empty. - Complexity: O(1) amortised over the entries' moves, plus O(64) to find a bucket.
    @inline(__always)
    mutating func popMin() -> AStarEntry? {
        guard count > 0 else { return nil }
        if buckets[0].isEmpty {
            var i = 1
            while buckets[i].isEmpty { i += 1 }
            var moving: [AStarEntry] = []
            swap(&moving, &buckets[i])
            var m = UInt64.max
            for e in moving where e.f.bitPattern < m { m = e.f.bitPattern }
            last = Swift.max(m, last)
            for e in moving { buckets[Self.bucket(e.f.bitPattern, last)].append(e) }
            moving.removeAll(keepingCapacity: true)
            swap(&moving, &buckets[i])  // keep the capacity for next time
        }
        count -= 1
        return buckets[0].popLast()
    }
}
