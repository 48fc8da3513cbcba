import Testing
import TestSupport
@testable import Guidance
import GuidepostCore

struct QuaternaryHeapTests {
    @Test func popsInSortedOrder() {
        withEverySeed(0..<200) { seed, rng in
            var heap = QuaternaryHeap<Int>()
            var values: [Int] = []
            for _ in 0..<Int(rng.next() % 300) {
                let v = Int(rng.next() % 50)
                values.append(v)
                heap.insert(v)
                if rng.bernoulli(0.3), let m = heap.popMin() {
                    let expected = values.min()
                    #expect(m == expected, "seed \(seed)")
                    if let i = values.firstIndex(of: m) { values.remove(at: i) }
                }
                #expect(heap.checkInvariants(), "seed \(seed)")
            }
            var out: [Int] = []
            while let v = heap.popMin() { out.append(v) }
            #expect(out == values.sorted(), "seed \(seed)")
        }
    }
}
