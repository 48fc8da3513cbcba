/// A min-heap in a flat array where each node has four children (a 4-ary heap).
///
/// D* Lite's open set, whose two-part keys are not monotone (so A*'s ``RadixOpenList`` cannot
/// serve): it pushes a new entry whenever a cell's key changes and skips stale entries when
/// popped ("lazy deletion"), which needs no per-cell position index. Four children
/// halve the depth of a binary heap and keep siblings in one cache line, which pays on grids of
/// millions of cells (D. B. Johnson, "Priority queues with update and finding minimum spanning
/// trees", Inf. Process. Lett. 4(3), 1975, for d-ary heaps).
///
/// Invariant: `storage[i] ≥ storage[(i − 1) / 4]` for every `i > 0`.
struct QuaternaryHeap<Element: Comparable> {
    private(set) var storage: [Element] = []

    init() {}

    /// Number of entries.
    var count: Int { storage.count }
    /// Whether the heap holds nothing.
    var isEmpty: Bool { storage.isEmpty }
    /// The smallest entry.
    var min: Element? { storage.first }

    /// Reserves room for `n` entries.
    mutating func reserve(_ n: Int) { storage.reserveCapacity(n) }

    /// Removes every entry, keeping the capacity.
    mutating func removeAll() { storage.removeAll(keepingCapacity: true) }

    /// Adds `element`.
    /// - Complexity: O(log₄ n) comparisons.
    @inline(__always)
    mutating func insert(_ element: Element) {
        storage.append(element)
        storage.withUnsafeMutableBufferPointer { a in
            var i = a.count - 1
            while i > 0 {
                let parent = (i - 1) >> 2
                guard element < a[parent] else { break }
                a[i] = a[parent]
                i = parent
            }
            a[i] = element
        }
    }

    /// Removes and returns the smallest entry, or nil when empty.
    /// - Complexity: O(4 log₄ n) comparisons.
    @inline(__always)
    mutating func popMin() -> Element? {
        guard let last = storage.popLast() else { return nil }
        guard !storage.isEmpty else { return last }
        return storage.withUnsafeMutableBufferPointer { a -> Element in
            let top = a[0]
            let n = a.count
            var i = 0
            while true {
                let first = 4 * i + 1
                if first >= n { break }
                var best = first
                let end = first + 4 < n ? first + 4 : n
                var j = first + 1
                while j < end {
                    if a[j] < a[best] { best = j }
                    j += 1
                }
                guard a[best] < last else { break }
                a[i] = a[best]
                i = best
            }
            a[i] = last
            return top
        }
    }

    /// Whether the heap property holds everywhere (for tests; STYLE.md §6.5 rule 12).
    func checkInvariants() -> Bool {
        storage.indices.dropFirst().allSatisfy { !(storage[$0] < storage[($0 - 1) / 4]) }
    }
}

extension QuaternaryHeap: Sendable where Element: Sendable {}
