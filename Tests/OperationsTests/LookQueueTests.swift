import GuidepostCore
import Operations
import Testing

/// `LookQueue`: a sector's operators make one look each at a time, for `seconds`; more looks
/// wait, the most urgent first and a second look before any first one; sectors do not share.
@Suite struct LookQueueTests {
    static func ids(_ runs: [LookQueue.Running]) -> [String] { runs.map(\.request.alert.rawValue) }
    /// Orders by the alert's number (A1 before A2): a stand-in for the alerts' urgency.
    static func byNumber(_ a: LookQueue.Request, _ b: LookQueue.Request) -> Bool { a.index < b.index }

    @Test func twoOperatorsMakeTwoLooksAtOnceAndTheThirdWaits() {
        var q = LookQueue(configuration: .init(operators: 2, seconds: 40, maximumLooks: 2))
        for k in 1...3 { q.ask(AlertID("A\(k)"), index: k, sector: 0, at: 0) }
        let begun1 = q.start(at: 0, before: Self.byNumber)
        #expect(Self.ids(begun1) == ["A1", "A2"])
        let early = q.start(at: 39, before: Self.byNumber)
        #expect(early.isEmpty)
        let third = q.start(at: 40, before: Self.byNumber)
        #expect(Self.ids(third) == ["A3"] && third.first?.started == 40)
        #expect(q.waits == [0, 0, 40])
        #expect(q.waiting.isEmpty)
    }

    @Test func sectorsHaveTheirOwnOperators() {
        var q = LookQueue(configuration: .init(operators: 1, seconds: 40, maximumLooks: 2))
        q.ask("A1", index: 1, sector: 0, at: 0)
        q.ask("A2", index: 2, sector: 0, at: 0)
        q.ask("A3", index: 3, sector: 1, at: 0)
        let begun2 = q.start(at: 0, before: Self.byNumber)
        #expect(Self.ids(begun2) == ["A1", "A3"])
        // A view in early frees its operator at once.
        q.finish("A1")
        let begun3 = q.start(at: 5, before: Self.byNumber)
        #expect(Self.ids(begun3) == ["A2"])
    }

    @Test func theMostUrgentGoesFirstAndASecondLookBeforeAnyFirst() {
        var q = LookQueue(configuration: .init(operators: 1, seconds: 40, maximumLooks: 2))
        q.ask("A1", index: 1, sector: 0, at: 0)
        let begun4 = q.start(at: 0, before: Self.byNumber)
        #expect(Self.ids(begun4) == ["A1"])
        q.ask("A3", index: 3, sector: 0, at: 1)
        q.ask("A2", index: 2, sector: 0, at: 2)
        q.finish("A1")
        // A1 could not tell: its second look is asked after the others, and still goes first.
        q.ask("A1", index: 1, sector: 0, at: 40)
        let begun5 = q.start(at: 40, before: Self.byNumber)
        #expect(Self.ids(begun5) == ["A1"])
        #expect(q.looks(of: "A1") == 2)
        q.finish("A1")
        let begun6 = q.start(at: 80, before: Self.byNumber)
        #expect(Self.ids(begun6) == ["A2"])
    }

    @Test func aLookIsNotAskedTwiceAndUnlimitedOperatorsNeverWait() {
        var q = LookQueue(configuration: .init(operators: nil, seconds: 40, maximumLooks: 2))
        let first = q.ask("A1", index: 1, sector: 0, at: 0)
        let again = q.ask("A1", index: 1, sector: 0, at: 0)
        #expect(first && !again)
        for k in 2...50 { q.ask(AlertID("A\(k)"), index: k, sector: 0, at: 0) }
        let begun = q.start(at: 0, before: Self.byNumber)
        #expect(begun.count == 50)
        #expect(q.waits.allSatisfy { $0 == 0 })
        let underWay = q.ask("A1", index: 1, sector: 0, at: 10)
        #expect(!underWay, "under way")
        q.cancel("A1")
    }

    @Test func aCancelledLookIsNeverMade() {
        var q = LookQueue(configuration: .init(operators: 1, seconds: 40, maximumLooks: 2))
        q.ask("A1", index: 1, sector: 0, at: 0)
        q.ask("A2", index: 2, sector: 0, at: 0)
        _ = q.start(at: 0, before: Self.byNumber)
        q.cancel("A2")
        let later = q.start(at: 100, before: Self.byNumber)
        #expect(later.isEmpty)
    }
}
