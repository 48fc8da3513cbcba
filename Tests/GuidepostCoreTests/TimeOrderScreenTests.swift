import GuidepostCore
import Testing

/// `TimeOrderScreen`: a line out of time order costs that line, never the rest of the stream.
@Suite struct TimeOrderScreenTests {
    /// Screens `times` (line n holds times[n - 1]); returns the lines passed on and refused.
    func screen(_ times: [Double], tolerance: Double = 0) -> (accepted: [Int], refused: [Int], errors: [InputError]) {
        var s = TimeOrderScreen<Int>(file: "f.jsonl", tolerance: tolerance)
        var accepted: [Int] = [], refused: [Int] = [], errors: [InputError] = []
        for (i, t) in times.enumerated() {
            s.add(i + 1, t: t, line: i + 1, accept: { accepted.append($0) }, refuse: { refused.append($0); errors.append($1) })
        }
        s.finish { accepted.append($0) }
        return (accepted, refused, errors)
    }

    @Test func aSortedStreamPassesWhole() {
        let r = screen([0, 0, 1, 2, 2, 2, 5, 100, 101])
        #expect(r.accepted == Array(1...9))
        #expect(r.refused.isEmpty)
    }

    @Test func aFarFutureFirstLineIsRefusedAndTheRestKept() {
        let r = screen([9e8, 0, 1, 2, 3])
        #expect(r.refused == [1])
        #expect(r.accepted == [2, 3, 4, 5])
        #expect(r.errors.first?.line == 1 && r.errors.first?.field == "t")
        #expect(r.errors.first?.description.contains("jumps ahead") == true, "\(r.errors)")
    }

    @Test func aFarFutureLineInTheMiddleIsRefused() {
        let r = screen([0, 1, 2, 9e8, 3, 4])
        #expect(r.refused == [4])
        #expect(r.accepted == [1, 2, 3, 5, 6])
    }

    @Test func aLineFromThePastIsRefusedWithWhatCameBefore() {
        let r = screen([10, 20, 5, 30])
        #expect(r.refused == [3])
        #expect(r.accepted == [1, 2, 4])
        #expect(r.errors.first?.description == "f.jsonl:3: t: t = 5.0 is earlier than t = 20.0 at line 2, already read; skipped (lines must be sorted by t)")
    }

    @Test func aDoubledFileKeepsItsFirstCopyWhole() {
        let r = screen([0, 1, 2, 3, 0, 1, 2, 3])
        // Line 8 is at the latest time read, so in order: a repeat there is for the reader's
        // own check of repeated objects (`alerts`, `score`), not for the time screen.
        #expect(r.accepted == [1, 2, 3, 4, 8])
        #expect(r.refused == [5, 6, 7])
    }

    @Test func aReversedFileRefusesEachLineButOne() {
        let r = screen([4, 3, 2, 1, 0])
        #expect(r.accepted.count == 1)
        #expect(r.refused.count == 4)
    }

    @Test func linesWithinTheToleranceComeInAnyOrder() {
        let r = screen([0, 2, 1, 3, 2.5, 10, 9.5], tolerance: 1)
        #expect(r.refused.isEmpty)
        #expect(Set(r.accepted) == Set(1...7))
        // 2 then 1, more than the tolerance apart: one of the two is refused, never both.
        let strict = screen([0, 2, 1, 3], tolerance: 0.5)
        #expect(strict.refused.count == 1)
        #expect(strict.accepted.contains(1) && strict.accepted.contains(4))
    }

    @Test func aLastLineHeldIsPassedOnAtTheEnd() {
        let r = screen([0, 50])
        #expect(r.accepted == [1, 2])
    }
}
