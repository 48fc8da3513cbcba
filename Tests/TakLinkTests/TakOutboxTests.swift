import CoT
import Testing

@testable import TakLink

@Suite struct TakOutboxTests {
    static func event(_ uid: String, _ type: String = "a-u-G", at ms: Int64 = 0) -> CoTEvent {
        let t = CoTTime(millisecondsSince1970: 1_700_000_000_000 + ms)
        return TakEvents.event(uid: uid, type: type, at: t, stale: t.adding(seconds: 20))
    }

    @Test func aNewerPositionReplacesTheWaitingOneAndIsCountedAsDropped() async {
        let box = TakOutbox(positionCapacity: 10)
        box.send(TakOutgoing(kind: .position, event: Self.event("t1", at: 1)))
        box.send(TakOutgoing(kind: .position, event: Self.event("t2", at: 1)))
        box.send(TakOutgoing(kind: .position, event: Self.event("t1", at: 2)))
        #expect(box.stats.dropped == 1)
        #expect(box.stats.waiting == 2)
        let first = await box.next()
        #expect(first?.event.uid == "t1")
        #expect(first?.event.time.millisecondsSince1970 == 1_700_000_000_002)
        #expect(await box.next()?.event.uid == "t2")
    }

    @Test func beyondCapacityTheOldestPositionGoesButNoAlertRouteChatOrMarkerEver() async {
        let box = TakOutbox(positionCapacity: 5)
        for i in 0..<200 {
            box.send(TakOutgoing(kind: .position, event: Self.event("track-\(i)")))
            if i % 10 == 0 {
                box.send(TakOutgoing(kind: .alert, event: Self.event("alert-\(i)", "b-a-g"), sticky: true))
                box.send(TakOutgoing(kind: .chat, event: Self.event("chat-\(i)", "b-t-f")))
            }
        }
        #expect(box.stats.dropped == 195)
        var kinds: [TakOutgoing.Kind: Int] = [:]
        var uids: [String] = []
        while box.stats.waiting > 0, let item = await box.next() {
            kinds[item.kind, default: 0] += 1
            uids.append(item.event.uid)
        }
        #expect(kinds[.alert] == 20)
        #expect(kinds[.chat] == 20)
        #expect(kinds[.position] == 5)
        // Urgent events go before positions; the positions kept are the newest.
        #expect(uids.prefix(40).allSatisfy { !$0.hasPrefix("track-") })
        #expect(Array(uids.suffix(5)) == (195..<200).map { "track-\($0)" })
    }

    @Test func stickyEventsAreSentAgainOnReconnectionUntilRemoved() async {
        let box = TakOutbox()
        box.send(TakOutgoing(kind: .alert, event: Self.event("a1", "b-a-g"), sticky: true))
        box.send(TakOutgoing(kind: .route, event: Self.event("r1", "b-m-r"), sticky: true))
        #expect(await box.next()?.event.uid == "a1")
        #expect(await box.next()?.event.uid == "r1")
        box.resendSticky()
        #expect(box.stats.resent == 2)
        #expect(await box.next()?.event.uid == "a1")
        #expect(await box.next()?.event.uid == "r1")
        box.send(TakOutgoing(kind: .removal, event: Self.event("a1.delete", "t-x-d-d"), removes: "a1"))
        #expect(await box.next()?.event.uid == "a1.delete")
        box.resendSticky()
        #expect(await box.next()?.event.uid == "r1")
        #expect(box.sticky.map(\.event.uid) == ["r1"])
    }

    @Test func aWaitingReaderGetsTheNextSendAndCloseEndsIt() async {
        let box = TakOutbox()
        async let first = box.next()
        try? await Task.sleep(for: .milliseconds(50))
        box.send(TakOutgoing(kind: .marker, event: Self.event("m1", "b-m-p-s-m")))
        #expect(await first?.event.uid == "m1")
        async let second = box.next()
        try? await Task.sleep(for: .milliseconds(50))
        box.close()
        #expect(await second == nil)
        box.send(TakOutgoing(kind: .marker, event: Self.event("m2", "b-m-p-s-m")))
        #expect(box.stats.waiting == 0)
    }

    @Test func cancellingAWaitingReaderReturnsNil() async {
        let box = TakOutbox()
        let task = Task { await box.next() }
        try? await Task.sleep(for: .milliseconds(50))
        task.cancel()
        #expect(await task.value == nil)
    }
}
