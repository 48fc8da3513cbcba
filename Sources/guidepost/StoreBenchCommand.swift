import ArgumentParser
import Foundation
import GuidepostCore
import Operations

extension Guidepost.Store {
    /// `guidepost store bench`: times the event log itself (append in batches, then replay one
    /// run) and prints one JSON line of figures. Hidden from the help because it is a
    /// measuring tool (`bench/store/run.sh` drives it), not an operator's command; it writes a
    /// fresh run `bench-…` into the store and leaves it there (the log is append-only).
    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure append and replay of the event store (one JSON line of figures).",
            shouldDisplay: false)

        @OptionGroup var store: StoreOptions
        @Option(help: "Events to append (one new run).")
        var events: Int = 50_000
        @Option(help: "Events per append (transaction).")
        var batch: Int = 1_000
        @Option(help: "The run id (default: bench-RANDOM).")
        var run: String?

        func validate() throws {
            guard events >= 1 else { throw ValidationError("--events must be at least 1.") }
            guard batch >= 1 else { throw ValidationError("--batch must be at least 1.") }
        }

        func run() async throws {
            let runID = RunID(run ?? "bench-\(UUID().uuidString.prefix(8).lowercased())")
            let planned = Self.events(events, run: runID)
            try await store.withLog { log in
                let clock = ContinuousClock()
                var inserted = 0
                let appendTime: Duration
                let replayTime: Duration
                var replayed = 0
                do {
                    appendTime = try await clock.measure {
                        for start in stride(from: 0, to: planned.count, by: batch) {
                            inserted += try await log.append(Array(planned[start..<min(start + batch, planned.count)]))
                        }
                    }
                    replayTime = try await clock.measure { replayed = try await log.events(run: runID).count }
                } catch let error as StoreError {
                    throw CommandFailure(.other, "cannot bench the store \(store.display): \(error)")
                }
                guard inserted == planned.count, replayed == planned.count else {
                    throw CommandFailure(.other, "the store at \(store.display) stored \(inserted) and replayed \(replayed) of \(planned.count) events")
                }
                let a = appendTime.seconds, r = replayTime.seconds
                let kind = store.path.hasPrefix("postgres") ? "postgres" : "sqlite"
                print(#"{"store":"\#(kind)","run":"\#(runID)","events":\#(events),"batch":\#(batch),"append_s":\#(Self.round(a)),"append_events_per_s":\#(Int((Double(events) / a).rounded())),"replay_s":\#(Self.round(r)),"replay_events_per_s":\#(Int((Double(events) / r).rounded()))}"#)
            }
        }

        /// A run shaped like a real one: alerts raised and answered, incidents opening and
        /// moving through their lifecycle, notes; about 200 bytes of JSON per event.
        static func events(_ n: Int, run: RunID) -> [OperationsEvent] {
            var log = RunLog(run: run)
            return (0..<n).map { i in
                let t = Double(i) * 1.5
                let alert = AlertID("A\(i / 4)")
                let incident = IncidentID("I-\(i / 8)")
                switch i % 4 {
                case 0:
                    return log.event(t: t, .alertRaised(Alert(
                        id: alert, t: t, track: "T\(i)", x: 1_000_000 + Double(i), y: 2_000_000, s: 100_000 + Double(i), d: 120,
                        targetClass: .human, confidence: 0.9, timeToMDL: 200, timeToFence: nil, reason: .approachingMDL)))
                case 1: return log.event(t: t, .alertAcknowledged(alert: alert, reason: "operator confirmed on camera"))
                case 2: return log.event(t: t, incident: incident, i % 8 == 2 ? .incidentOpened : .incidentTransition(.trackConfirmed(track: "T\(i)")))
                default: return log.event(t: t, .note("bench note \(i): the quick brown fox jumps over the lazy dog"))
                }
            }
        }

        private static func round(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
    }
}

extension Duration {
    /// The duration in seconds.
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
