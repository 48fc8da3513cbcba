import ArgumentParser
import Console
import Foundation
import GuidepostCore
import Hummingbird
import Operations
import Pipeline
import Scenario
import StoreCore

extension Guidepost {
    /// `guidepost serve`: the live watch with a person in the loop — the feed paced to a clock,
    /// the operators' web console on loopback, every decision recorded with who made it.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The live watch: play a feed through the engine at a clock and serve the operators' web console.",
            discussion: """
                The simulator plays SCENARIO at --speed times real time (the feed); alerts wait for a person's \
                answer on the console (acknowledge, dismiss with a reason, escalate) and escalate by themselves \
                when nobody answers within 2 minutes; planned guidance waits for the watch commander's approval \
                (--dispatch automatic lets it go at once). Every event goes to the store (--db) before the console \
                shows it; killed and started again with the same command, the watch re-derives the run and \
                re-applies the recorded decisions. --demo plays the 2021 Goseong swimmer at 5× from 01:03 with demo \
                accounts (random passwords, printed; loopback only). --replay serves a stored run again instead, with a \
                time scrubber, pause and speed (10× by default), opening a minute before its first alert (or at --from): \
                give it the scenario, --seed, --operator and --dispatch the watch had; nothing can be decided in a replay.
                """)

        @Argument(help: "A scenario file or bundled name (default with --demo: 2021-02-16-goseong-swimmer).")
        var scenario: String?
        @Flag(help: "Demo: the 2021 swimmer at 5× from 01:03 and sign-in accounts made up for this run (loopback only).")
        var demo = false
        @OptionGroup var store: StoreOptions
        @Option(help: "Simulated seconds per real second (default 1; 60 with --demo).")
        var speed: Double?
        @Option(help: "Start watching at this scenario time, seconds from its start: the feed before it is played unpaced.")
        var from: Double?
        @Option(help: "Address to listen on (default 127.0.0.1). Another address needs --users.")
        var host = "127.0.0.1"
        @Option(help: "Port (0 picks a free one; the URL is printed).")
        var port = 8080
        @Option(help: "The accounts file (`guidepost users add`).")
        var users: String?
        @Option(help: "Seed (default: the scenario's).")
        var seed: UInt64?
        @Option(help: "Who answers alerts: person (the console), or a model standing in: attentive, overloaded, scenario.")
        var `operator` = "person"
        @Option(help: "Who lets a team go: commander (approval on the console) or automatic.")
        var dispatch = "commander"
        @Option(help: "The run id in the store (default SCENARIO-seed-SEED-live; the same id resumes).")
        var run: String?
        @Flag(help: "Stop when the feed ends instead of serving the last picture until interrupted.")
        var exitWhenDone = false
        @Flag(help: "Replay the stored run (--run, or the live run's default id) with a time scrubber instead of watching live.")
        var replay = false

        func validate() throws {
            guard scenario != nil || demo else { throw ValidationError("name a scenario, or use --demo") }
            guard DispatchApproval(rawValue: dispatch) != nil else { throw ValidationError("--dispatch must be commander or automatic, got \(dispatch)") }
            guard ["person", "attentive", "overloaded", "scenario"].contains(`operator`) else {
                throw ValidationError("--operator must be person, attentive, overloaded or scenario, got \(`operator`)")
            }
            if let speed, !(speed > 0) { throw ValidationError("--speed must be a positive number, got \(speed)") }
            guard (0...65535).contains(port) else { throw ValidationError("--port must be 0–65535, got \(port)") }
        }

        func run() async throws {
            let name = scenario ?? "2021-02-16-goseong-swimmer"
            let (resolved, border) = try ScenarioFile.load(name)
            let doc = resolved.document
            let seed = self.seed ?? doc.seed ?? 1
            let runID = RunID(self.run ?? "\(doc.id)-seed-\(seed)-live")
            let speed = self.speed ?? (replay ? 10 : demo ? 5 : 1)
            let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
            var accounts = try users.map { path throws(ConsoleError) in try ConsoleAccounts.load(path) } ?? ConsoleAccounts()
            var demoPasswords: [(ConsoleAccount, String)] = []
            if accounts.accounts.isEmpty {
                guard demo, loopback else { throw ValidationError(ConsoleError.noAccounts(address: "\(host):\(port)").description) }
                for (user, role) in [("operator", ConsoleRole.watchOperator), ("commander", .watchCommander), ("press", .publicAffairs), ("auditor", .auditor)] {
                    let password = Self.randomPassword()
                    let account = ConsoleAccount(name: user, role: role, password: try PasswordHash.make(password))
                    accounts.accounts.append(account)
                    demoPasswords.append((account, password))
                }
            }
            let approval = DispatchApproval(rawValue: dispatch) ?? .commander
            let model = `operator`
            let map = try ServeSetup.map(resolved, border: border)
            var options = ConsoleServer.Options()
            options.host = host
            options.port = port
            Self.say("Guidepost live watch: \(doc.id) at \(Self.format(speed))× (run \(runID), store \(store.display))")
            for (account, password) in demoPasswords {
                Self.say("  demo account \(account.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(account.role.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)) password \(password)")
            }
            let clock = ReportClock(start: doc.start.description)
            let make = { try ServeSetup.watch(resolved, border: border, seed: seed, run: runID, operatorModel: model, dispatch: approval) }
            if replay {
                try await store.withLog { log in
                    let stored: [OperationsEvent]
                    do { stored = try await log.events(run: runID) } catch let e as StoreError where e.code == .notFound { stored = [] }
                    guard !stored.isEmpty else {
                        let runs = (try? await log.runs().map(\.rawValue)) ?? []
                        throw ValidationError("no run \(runID) in \(store.display) to replay; stored runs: \(runs.isEmpty ? "none" : runs.joined(separator: ", ")) (choose one with --run)")
                    }
                    Self.say("Re-deriving run \(runID) (\(stored.count) stored events) for the replay…")
                    let w = try make()
                    let session: ReplaySession
                    do throws(WatchError) {
                        session = try await ReplaySession.record(
                            engine: w.engine, field: w.field, stored: stored, run: runID, end: w.end, clock: clock, speed: speed, at: from,
                            progress: { t in Self.say("  … \(clock?.stamp(t) ?? "t = \(Int(t)) s")") })
                    } catch { throw ValidationError("cannot replay \(runID): \(error)") }
                    try await Self.serve(watch: session, drive: { await session.play() }, map: map, accounts: accounts, options: options, exitWhenDone: false)
                }
                return
            }
            let pacedFrom = from ?? (demo ? 3780 : -.infinity)
            let exitWhenDone = self.exitWhenDone
            try await store.withLog { log in
                try await Self.live(log: log, make: make, run: runID, speed: speed, clock: clock, pacedFrom: pacedFrom, map: map, accounts: accounts, options: options, exitWhenDone: exitWhenDone)
            }
        }

        /// The live watch over `log` (a generic function: the session is typed by its store).
        static func live<L: EventLog>(
            log: L, make: () throws -> ServeSetup.Watch, run runID: RunID, speed: Double, clock: ReportClock?, pacedFrom: Double, map: ConsoleMap,
            accounts: ConsoleAccounts, options: ConsoleServer.Options, exitWhenDone: Bool
        ) async throws {
                let w = try make()
                let session = WatchSession(
                    engine: w.engine, field: w.field, log: log, run: runID, end: w.end, speed: speed, clock: clock, pacedFrom: pacedFrom)
                try await Self.serve(
                    watch: session,
                    drive: {
                        do { try await session.run() } catch { throw ValidationError("the watch stopped: \(error)") }
                        let frame = await session.current()
                        Self.say("feed ended at \(frame.clock ?? "t = \(Int(frame.t)) s"): \(frame.incidents.count) incident(s), \(frame.alerts.count) alert(s), \(frame.lastEvent) events")
                    }, map: map, accounts: accounts, options: options, exitWhenDone: exitWhenDone)
        }

        /// Serves the console over `watch` while `drive` plays it (the live loop, or a replay's
        /// clock); stops when the server stops, or when `drive` returns and `exitWhenDone`.
        static func serve<W: WatchControl>(
            watch: W, drive: @escaping @Sendable () async throws -> Void, map: ConsoleMap, accounts: ConsoleAccounts,
            options: ConsoleServer.Options, exitWhenDone: Bool
        ) async throws {
            let host = options.host
            let app = ConsoleServer.buildApplication(watch: watch, map: map, accounts: accounts, options: options) { port in
                Self.say("Console: http://\(host == "::1" ? "[::1]" : host):\(port)/")
            }
            try await withThrowingTaskGroup(of: String.self) { group in
                group.addTask {
                    try await app.runService()
                    return "server"
                }
                group.addTask {
                    try await drive()
                    return "watch"
                }
                while let done = try await group.next() {
                    if done == "server" || exitWhenDone {
                        group.cancelAll()
                        return
                    }
                }
            }
        }

        /// A line on standard output, at once (tests and scripts wait for it).
        static func say(_ line: String) {
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }

        static func randomPassword() -> String {
            let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
            var rng = SystemRandomNumberGenerator()
            return String((0..<14).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] })
        }

        static func format(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
    }
}
