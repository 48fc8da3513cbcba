import Foundation
import GuidepostCore
import Operations
import TestSupport
import Testing

@Suite struct AlertPolicyTests {
    /// Feeds a person walking south from d0 at `speed` m/s, one scan every 5 s, plus `extra`.
    static func run<O: AlarmOperator>(
        _ policy: inout AlertPolicy<StraightGeometry, O>, from d0: Double = 600, speed: Double = 0.5, until end: Double = 3000,
        extra: (Double) -> [TrackRecord] = { _ in [] }
    ) -> [AlertUpdate] {
        var out: [AlertUpdate] = []
        for t in stride(from: 0.0, through: end, by: 5) {
            out += policy.update(at: t, tracks: [track("T1", t: t, s: 5000, d: d0 - speed * t, vd: -speed)] + extra(t))
        }
        return out + policy.finish(at: end)
    }

    @Test func aPersonCrossingRaisesOneAlertThatAnAttentiveOperatorAcknowledges() {
        withEverySeed(0..<20) { seed, _ in
            var policy = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: seed))
            let updates = Self.run(&policy)
            let raised = updates.compactMap { if case .raised(let a) = $0 { a } else { nil } }
            #expect(raised.count == 1, "seed \(seed): one alert, not one per scan")
            // In the DMZ (d = 600 ≤ 2000) and heading south at 0.5 ≥ 0.2 m/s: raised at once.
            #expect(raised.first?.t == 0, "seed \(seed)")
            #expect(raised.first?.reason == .approachingMDL)
            let acks = updates.compactMap { if case .acknowledged(_, let t, _) = $0 { t } else { nil } }
            #expect(acks.count == 1, "seed \(seed)")
            if let ack = acks.first { #expect((30...60).contains(ack), "seed \(seed): acknowledged after \(ack) s") }
            #expect(!updates.contains { if case .escalated = $0 { true } else { false } }, "seed \(seed)")
        }
    }

    /// A track held as undecided (`AlertFront.undecided`) raises nothing of its own, however
    /// near the MDL, but still joins an alert as a duplicate; released, it raises.
    @Test func aHeldTrackRaisesNothingButMayJoinAnAlert() {
        var policy = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: 1))
        // U sits in the band (a crossedMDL reason), held for 60 s.
        for t in stride(from: 0.0, through: 60, by: 5) {
            let u = track("U", t: t, s: 0, d: 0, vd: 0, cls: .unknown, p: 0.5)
            #expect(policy.update(at: t, tracks: [u], holding: ["U"]).isEmpty, "t \(t)")
        }
        // Released (it has moved like a crosser): it raises at once.
        let released = policy.update(at: 65, tracks: [track("U", t: 65, s: 0, d: 0, vd: 0, cls: .unknown, p: 0.5)])
        #expect(released.contains { if case .raised(let a) = $0 { a.reason == .crossedMDL } else { false } })
        // A person walking south raises; a held duplicate 10 m beside him, moving alike, joins his alert.
        var other = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: 1))
        let person = track("P", t: 0, s: 3000, d: 600, vd: -0.5)
        #expect(other.update(at: 0, tracks: [person]).count == 1)
        let twin = track("D", t: 5, s: 3010, d: 597.5, vd: -0.5, cls: .unknown, p: 0.5)
        let next = other.update(at: 5, tracks: [track("P", t: 5, s: 3000, d: 597.5, vd: -0.5), twin], holding: ["D"])
        #expect(next.contains { if case .merged(_, let t, _, _) = $0 { t == "D" } else { false } })
        #expect(!next.contains { if case .raised = $0 { true } else { false } })
    }

    @Test func withoutTheDMZRuleOnlyTheHorizonRaises() {
        var configuration = AlertPolicyConfiguration.guidepost
        configuration.dmzHalfWidth = nil
        var policy = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: 1), configuration: configuration)
        let raised = Self.run(&policy).compactMap { if case .raised(let a) = $0 { a } else { nil } }
        // Due at the band (d = 20 + …) within the 600 s horizon: d − (−20) ≤ 0.5·600 ⇒ d ≤ 280, at t = 640.
        #expect(raised.map(\.t) == [640])
    }

    @Test func theDMZRuleNeedsTheDMZAndASouthwardSpeed() {
        var policy = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: 1))
        // A runner at 4 m/s from d = 5000, outside the DMZ: only the horizon can raise, when
        // d + 20 ≤ 4 · 600 ⇒ d ≤ 2380 ⇒ t ≥ 655, before the DMZ at t = 750.
        var first: Alert?
        for t in stride(from: 0.0, through: 800, by: 5) where first == nil {
            for u in policy.update(at: t, tracks: [track("R", t: t, s: 0, d: 5000 - 4 * t, vd: -4)]) {
                if case .raised(let a) = u { first = a }
            }
        }
        #expect(first?.t == 655)
        // In the DMZ: walking along the border with a southward drift of 0.1 m/s raises nothing; 0.3 m/s does.
        var slow = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: 1))
        #expect(slow.update(at: 0, tracks: [track("P", t: 0, s: 0, d: 1500, vs: 1, vd: -0.1)]).isEmpty)
        #expect(slow.update(at: 5, tracks: [track("Q", t: 5, s: 3000, d: 1500, vs: 1, vd: -0.3)]).count == 1)
    }

    @Test func timeToMDLIsComputedFromVelocityOrTakenFromTheTracker() {
        var policy = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: 1))
        let u = policy.update(at: 0, tracks: [track("T1", t: 0, s: 0, d: 220, vd: -1)])
        guard case .raised(let a)? = u.first else { Issue.record("no alert"); return }
        #expect(abs((a.timeToMDL ?? -1) - 240) < 1e-9)  // (220 − (−20)) / 1
        var r = track("T9", t: 0, s: 0, d: 5000, vd: -1)
        r.timeToMDL = 100
        #expect(policy.update(at: 1, tracks: [r]).contains { if case .raised(let b) = $0 { b.timeToMDL == 100 } else { false } })
    }

    @Test func animalsAreSuppressedButCounted() {
        var policy = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: 3))
        var updates: [AlertUpdate] = []
        for t in stride(from: 0.0, through: 2000, by: 5) {
            let herd = (0..<5).map { track("B\($0)", t: t, s: Double($0) * 20, d: 300 - 0.4 * t, vd: -0.4, cls: .animal) }
            updates += policy.update(at: t, tracks: herd)
        }
        #expect(updates.isEmpty)
        #expect(policy.suppressedAnimalTracks == 5)
    }

    @Test func twoTracksOnOnePersonMergeAndAReinitiatedTrackJoinsItsAlert() {
        var policy = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: 4))
        var updates: [AlertUpdate] = []
        for t in stride(from: 0.0, through: 2000, by: 5) {
            let d = 200 - 0.5 * t
            var tracks = [track("T2", t: t, s: 5012, d: d + 5, vd: -0.5)]
            if t < 1000 { tracks.append(track("T1", t: t, s: 5000, d: d, vd: -0.5)) }
            // T3 starts 60 s after T1 ends, where T1 would be.
            if t >= 1060 { tracks = [track("T3", t: t, s: 5000, d: d, vd: -0.5)] }
            updates += policy.update(at: t, tracks: tracks)
        }
        let raised = updates.filter { if case .raised = $0 { true } else { false } }
        let merges = updates.compactMap { if case .merged(_, let track, _, let why) = $0 { (track, why) } else { nil } }
        #expect(raised.count == 1)
        #expect(merges.map(\.0) == ["T2", "T3"])
        #expect(merges.first?.1.hasPrefix("duplicate") == true)
        #expect(merges.last?.1.hasPrefix("re-initiated") == true)
        #expect(policy.alerts.first?.tracks == ["T1", "T2", "T3"])
    }

    @Test func overloadedOperatorDismissesAndGuidepostEscalatesWhileTheOldStyleDoesNot() {
        var dismissedSeeds = 0
        let distraction = Distraction(from: 0, until: 4000, reason: "reconfiguring the camera display")
        withEverySeed(0..<20) { seed, _ in
            var results: [Bool: [AlertUpdate]] = [:]
            for fixed in [true, false] {
                var policy = AlertPolicy(
                    geometry: StraightGeometry(), operator: OverloadedOperator(seed: seed, distractions: [distraction]),
                    configuration: fixed ? .guidepost : .legacy)
                for k in 0..<30 { policy.recordAlarm(at: Double(k) * 20) }  // 3 a minute, the 2021 wind
                results[fixed] = Self.run(&policy)
            }
            let fixed = results[true] ?? []
            let legacy = results[false] ?? []
            let dismissed = legacy.contains { if case .dismissed = $0 { true } else { false } }
            #expect(fixed.filter { if case .raised = $0 { true } else { false } }.count == 1, "seed \(seed)")
            guard dismissed else { return }
            dismissedSeeds += 1
            #expect(!legacy.contains { if case .escalated = $0 { true } else { false } }, "seed \(seed): the old style never escalates")
            let escalation = fixed.compactMap { if case .escalated(_, _, let why) = $0 { why } else { nil } }
            #expect(escalation.count == 1, "seed \(seed)")
            #expect(escalation.first?.contains("kept moving south") == true, "seed \(seed): \(escalation)")
        }
        #expect(dismissedSeeds >= 15, "distracted in a 3-a-minute flood, p ≥ 0.9: \(dismissedSeeds)/20 dismissed")
    }

    @Test func dismissProbabilityFollowsTheStatedCurve() {
        let calm = OverloadedOperator.dismissProbability(alarmsPerMinute: 60 / 270, distracted: false)
        #expect(abs(calm - (0.1 + 0.9 * (1 - exp(-60.0 / 270)))) < 1e-12)
        #expect(OverloadedOperator.dismissProbability(alarmsPerMinute: 3, distracted: false) == 0.95)  // 0.955 capped
        #expect(OverloadedOperator.dismissProbability(alarmsPerMinute: 0, distracted: true) == 0.9)
        #expect(abs(OverloadedOperator.dismissProbability(alarmsPerMinute: 0, distracted: false) - 0.1) < 1e-12)
    }

    @Test func unansweredAlertsEscalateAndEveryAlertEndsAnswered() {
        struct Silent: AlarmOperator {
            mutating func respond(to alert: Alert, alarmsPerMinute: Double) -> OperatorResponse {
                OperatorResponse(.acknowledge, after: 10_000, reason: "never in time")
            }
        }
        var policy = AlertPolicy(geometry: StraightGeometry(), operator: Silent())
        let updates = Self.run(&policy)
        let escalated = updates.compactMap { if case .escalated(_, let t, let why) = $0 { (t, why) } else { nil } }
        #expect(escalated.count == 1)
        #expect(escalated.first?.0 == 125)  // raised at 0 (in the DMZ heading south), first scan more than 120 s later
        #expect(policy.alerts.allSatisfy { $0.disposition != nil })
    }

    @Test func alertsRankBySoonestAtTheMDLThenConfidence() {
        var policy = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: 5))
        _ = policy.update(at: 0, tracks: [
            track("far", t: 0, s: 0, d: 400, vd: -1, p: 0.99),
            track("near", t: 0, s: 9000, d: 100, vd: -1, p: 0.6),
            track("unknown", t: 0, s: 20000, d: 100, vd: -1, cls: .unknown, p: 0.9),
        ])
        #expect(policy.ranked.map(\.track) == ["near", "unknown", "far"])
    }
}

@Suite struct AlertLogTests {
    /// The policy's output goes into a store gap-free through `RunLog`, and the run record
    /// rebuilt from the store has every alert with its answers.
    @Test func alertUpdatesLogAndReadBack() async throws {
        var policy = AlertPolicy(geometry: StraightGeometry(), operator: ConfiguredOperator(model: "overloaded", seed: 7)!)
        var log = RunLog(run: "r")
        let facts = PublicFacts(scenario: "s", start: "2021-02-16T01:00:00+09:00", front: "eastern front", sector: "Goseong", subject: "a person")
        var events = [log.event(t: 0, .runStarted(facts))]
        events += log.events(AlertPolicyTests.run(&policy))
        let store = InMemoryEventLog()
        try await store.append(events)
        #expect(await store.lastSequence(run: "r") == events.count)
        let record = try RunRecord(events: try await store.events(run: "r"))
        #expect(record.alerts.count == policy.alerts.count)
        #expect(record.alerts.map { $0.answers.map(\.status) } == policy.alerts.map { $0.dispositions.map(\.status) })
        #expect(ConfiguredOperator(model: "sleepy", seed: 1) == nil)
    }
}
