import Foundation
import GuidepostCore
import Operations
import TestSupport
import Testing

@Suite struct IncidentLifecycleTests {
    /// One concrete event for each event name.
    static func sample(_ name: IncidentEventName) -> IncidentEvent {
        switch name {
        case .trackConfirmed: .trackConfirmed(track: "T1")
        case .assessed: .assessed(summary: "person, unarmed, heading south")
        case .guidanceDispatched: .guidanceDispatched(team: "team-1")
        case .contactMade: .contactMade
        case .custodySecured: .custodySecured
        case .questioningStarted: .questioningStarted
        case .intentStated: .intentStated(.defect)
        case .handedOver: .handedOver(agency: "joint interrogation")
        case .trackLost: .trackLost
        case .trackReacquired: .trackReacquired(track: "T2")
        case .crossedBackNorth: .crossedBackNorth
        case .casualty: .casualty(detail: "gunshot wounds")
        case .bodyFound: .bodyFound
        case .closed: .closed(reason: "case complete")
        case .handedAcross: .handedAcross(to: "imjin")
        case .receivedAcross: .receivedAcross(from: "cheorwon")
        }
    }

    /// An incident driven into `state` along the table (breadth-first from `detected`).
    static func incident(in state: IncidentState) throws -> Incident {
        var paths: [IncidentState: [IncidentEventName]] = [.detected: []]
        var queue: [IncidentState] = [.detected]
        while !queue.isEmpty {
            let s = queue.removeFirst()
            for row in IncidentTransition.table where row.from == s && paths[row.to] == nil {
                paths[row.to] = paths[s]! + [row.event]
                queue.append(row.to)
            }
        }
        var incident = Incident(id: "I-1", openedAt: 0)
        for (i, name) in try #require(paths[state], "\(state) unreachable").enumerated() {
            _ = try incident.handle(sample(name), at: Double(i + 1))
        }
        return incident
    }

    @Test func everyStateIsReachableAndEveryTableRowIsAccepted() throws {
        for row in IncidentTransition.table {
            var incident = try Self.incident(in: row.from)
            _ = try incident.handle(Self.sample(row.event), at: 100)
            #expect(incident.state == row.to, "\(row.from) --\(row.event)--> expected \(row.to)")
        }
    }

    @Test func everyOtherPairIsRefusedAndLeavesTheIncidentUnchanged() throws {
        for state in IncidentState.allCases {
            let before = try Self.incident(in: state)
            for name in IncidentEventName.allCases where IncidentTransition.find(from: state, event: name) == nil {
                var incident = before
                #expect(throws: IncidentError.transitionNotAllowed(from: state, event: name)) {
                    _ = try incident.handle(Self.sample(name), at: 100)
                }
                #expect(incident == before)
            }
        }
    }

    @Test func closedIsTerminal() throws {
        let closed = try Self.incident(in: .closed)
        #expect(closed.state.isTerminal)
        #expect(!IncidentTransition.table.contains { $0.from == .closed })
    }

    @Test func eventsMayNotGoBackInTime() throws {
        var incident = Incident(id: "I-2", openedAt: 10)
        _ = try incident.handle(.trackConfirmed(track: "T9"), at: 20)
        let before = incident
        #expect(throws: IncidentError.eventBeforeLastTransition(at: 15, last: 20)) {
            _ = try incident.handle(.assessed(summary: "x"), at: 15)
        }
        #expect(incident == before)
    }

    @Test func theMainLineAsksForTheRightActions() throws {
        var incident = Incident(id: "I-3", openedAt: 0)
        #expect(try incident.handle(.trackConfirmed(track: "T4"), at: 60) == [.notifyCommand(level: 3)])
        #expect(try incident.handle(.assessed(summary: "person"), at: 300).contains(.planGuidance))
        _ = try incident.handle(.guidanceDispatched(team: "team-1"), at: 400)
        _ = try incident.handle(.contactMade, at: 3000)
        let custody = try incident.handle(.custodySecured, at: 3100)
        #expect(custody.contains(.notifyUNC))
        #expect(custody.contains(.draftPressStatement))
        _ = try incident.handle(.questioningStarted, at: 5000)
        #expect(try incident.handle(.intentStated(.return), at: 9000) == [.openCasework(.return)])
        _ = try incident.handle(.handedOver(agency: "UNC"), at: 10_000)
        #expect(try incident.handle(.closed(reason: "repatriated"), at: 20_000) == [.writeAfterActionReport])
        #expect(incident.state == .closed)
        #expect(incident.intent == .return)
        #expect(incident.track == "T4")
        #expect(incident.version == 9)
        #expect(incident.history.count == 9)
    }

    @Test func replayFromTheLogEqualsTheLiveIncident() throws {
        withEverySeed(0..<50) { seed, rng in
            var live = Incident(id: IncidentID("I-\(seed)"), openedAt: 0)
            var log: [(t: Double, event: IncidentEvent)] = []
            var t = 0.0
            for _ in 0..<30 {
                let allowed = IncidentTransition.table.filter { $0.from == live.state }
                guard !allowed.isEmpty else { break }
                let row = allowed[Int(rng.next() % UInt64(allowed.count))]
                t += 1 + Double(rng.next() % 600)
                let event = Self.sample(row.event)
                if (try? live.handle(event, at: t)) != nil { log.append((t, event)) }
            }
            let replayed = try? Incident.replay(id: live.id, openedAt: 0, events: log)
            #expect(replayed == live, "seed \(seed)")
        }
    }

    @Test func theLifecycleDiagramMatchesTheTable() throws {
        let doc = try String(contentsOfFile: repositoryRoot() + "/docs/incident-lifecycle.md", encoding: .utf8)
        for row in IncidentTransition.table {
            let line = "\(row.from.rawValue) --> \(row.to.rawValue) : \(row.event.rawValue)"
            #expect(doc.contains(line), "docs/incident-lifecycle.md lacks '\(line)'")
        }
    }
}
