/// Splits a scan's hypotheses into independent clusters: tracks that share no gated detection
/// can be associated separately, which keeps assignment and JPDA small.
///
/// Union–find over tracks, joining two tracks whenever one detection lies in both gates.
/// Clusters are listed by their smallest track index; members in ascending order.
/// - Complexity: O(H α(T)) for H hypotheses.
public struct AssociationClusters: Sendable {
    /// Each cluster's track indices.
    public private(set) var clusters: [[Int]] = []

    public init(_ table: HypothesisTable) {
        var parent = Array(0..<table.trackCount)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        var owner = [Int](repeating: -1, count: table.detectionCount)
        for h in table.hypotheses {
            if owner[h.detection] < 0 {
                owner[h.detection] = h.track
            } else {
                let a = find(owner[h.detection]), b = find(h.track)
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var slot = [Int](repeating: -1, count: table.trackCount)
        for t in 0..<table.trackCount {
            let root = find(t)
            if slot[root] < 0 {
                slot[root] = clusters.count
                clusters.append([])
            }
            clusters[slot[root]].append(t)
        }
    }
}
