import StoreCore
import ArgumentParser
import Foundation
import GuidepostCore
import Operations
import Pipeline

extension Guidepost {
    /// `guidepost incidents [list|show ID]`: what the store holds, replayed from its log.
    struct Incidents: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the runs and incidents in the store, or show one incident's history.",
            subcommands: [List.self, Show.self], defaultSubcommand: List.self)
    }
}

extension Guidepost.Incidents {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One line per incident: run, id, state, opened, last change.")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await store.withLog(reading: true) { log in
                do {
                    let runs = try await log.runs()
                    if runs.isEmpty { print("no runs in \(store.display)") }
                    for run in runs {
                        let events = try await log.events(run: run)
                        let record = try RunRecord(events: events)
                        let clock = ReportClock(start: record.facts.start)
                        print("run \(run): \(record.facts.scenario), \(events.count) events, \(record.alerts.count) alerts")
                        for (id, incident) in record.incidents.sorted(by: { $0.key < $1.key }) {
                            let opened = clock?.stamp(incident.openedAt) ?? "t=\(incident.openedAt)"
                            print("  \(id)  \(incident.state.rawValue)  opened \(opened)  \(incident.history.count) transitions")
                        }
                    }
                } catch let error as StoreError {
                    throw CommandFailure(.other, "cannot read \(store.display): \(error)")
                } catch {
                    // The store answered, but what it holds does not replay (a damaged or hand-made log).
                    throw CommandFailure(.badInput, "\(store.display): the log does not replay: \(error)")
                }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "An incident's state and its transitions, replayed from the log.")
        @Argument(help: "Incident id (as `guidepost incidents` lists it).")
        var id: String
        @OptionGroup var store: StoreOptions
        @Option(help: "The run, when several runs have an incident with this id (default: the last run that has it).")
        var run: String?

        func run() async throws {
            try await store.withLog(reading: true) { log in
                let (record, incident) = try await StoredIncident.load(id: id, run: run, from: log, path: store.display)
                let clock = ReportClock(start: record.facts.start)
                print("\(incident.id) (run \(record.run)): \(incident.state.rawValue)")
                for e in incident.history {
                    print("  \(clock?.stamp(e.t) ?? "t=\(e.t)")  \(e.from.rawValue) → \(e.to.rawValue)  [\(e.event.name.rawValue)]")
                }
            }
        }
    }
}

extension StoredIncident {
    /// `load(id:run:from:)` for a command: its failures as messages that name the store (`path`).
    static func load(id: String, run: String?, from log: any EventLog, path: String) async throws -> (RunRecord, Incident) {
        do {
            return try await load(id: id, run: run, from: log)
        } catch let failure as Failure {
            switch failure {
            case .noIncident(let id): throw CommandFailure(.badInput, "no incident '\(InputError.excerpt(id))' in \(path); `guidepost incidents --db \(path)` lists them")
            case .runHasNoIncident(let chosen, let id):
                throw CommandFailure(.badInput, "run \(chosen) has no incident '\(InputError.excerpt(id))'; `guidepost incidents --db \(path)` lists them")
            case .notFound(let detail): throw CommandFailure(.badInput, "\(detail); `guidepost incidents --db \(path)` lists what the store holds")
            }
        }
    }
}
