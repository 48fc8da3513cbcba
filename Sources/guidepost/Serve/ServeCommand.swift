import ArgumentParser
import Border
import Console
import Foundation
import GuidepostCore
import Hummingbird
import LiveFeed
import Operations
import Pipeline
import Scenario
import StoreCore
import StorePostgres
import TakLink

extension Guidepost {
    /// `guidepost serve`: the live watch with a person in the loop — the feed paced to a clock,
    /// the operators' web console on loopback, every decision recorded with who made it.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The live watch: play a feed through the engine at a clock and serve the operators' web console.",
            discussion: """
                The simulator plays SCENARIO at --speed times real time (the feed), or detections come from outside \
                the window SCENARIO names (its map, fence zones, posts, teams and public facts; no simulator): \
                --feed FILE replays recorded detections and scans (DESIGN.md formats, e.g. detections.jsonl from \
                `guidepost simulate`) paced by their own times at --speed; --feed - reads them from standard input; \
                --listen-detections HOST:PORT accepts live streams over TCP, unpaced, each connection first sending \
                {"feed_token": "…"} (the token is read from --feed-token-file, or made up and printed on loopback). \
                A bad line is reported on stderr as SOURCE:LINE: field: reason and skipped; the feed never stops the \
                watch. With a file or standard input the watch ends when the feed does. Alerts wait for a person's \
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
        @Option(help: "Feed seconds per real second: the simulator or a --feed (default 1; 5 with --demo; a TCP feed is never paced).")
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
        @Option(help: "The run id in the store (default SCENARIO-seed-SEED-live, SCENARIO-feed-NAME for --feed NAME.jsonl: the same id resumes; a live stream is a new run each start).")
        var run: String?
        @Flag(help: "Stop when the feed ends instead of serving the last picture until interrupted.")
        var exitWhenDone = false
        @Flag(help: "Replay the stored run (--run, or the live run's default id) with a time scrubber instead of watching live.")
        var replay = false
        @Option(help: "Detections and scans (JSON Lines) from FILE, replayed at --speed, or '-' for standard input, instead of the simulator.")
        var feed: String?
        @Option(help: "Accept live detection streams over TCP on HOST:PORT (e.g. 127.0.0.1:7010; another address needs --feed-token-file).")
        var listenDetections: String?
        @Option(help: "The file whose first line is the token every --listen-detections sender must present (default: a random one, printed).")
        var feedTokenFile: String?
        @OptionGroup var tak: TakOptions
        @Option(help: "This instance's name in a cluster of watches sharing one PostgreSQL store (with --sectors / --standby-for).")
        var instance: String?
        @Option(help: "Sectors this instance watches, comma-separated (e.g. imjin,cheorwon), or 'all': one engine per sector, each its own run RUN-SECTOR.")
        var sectors: String?
        @Option(help: "Sectors this instance takes over when their owner stops renewing its lease, comma-separated.")
        var standbyFor: String?
        @Option(help: "Seconds a sector's lease lasts without renewal: how long a dead instance's sectors wait for a standby.")
        var leaseSeconds: Double = 6
        @Flag(help: "Shadow each --standby-for sector: play it alongside its owner from the owner's log, so a takeover goes on from where the owner stopped instead of re-deriving the sector from its start (costs those sectors' CPU).")
        var hotStandby = false

        func validate() throws {
            guard scenario != nil || demo else { throw ValidationError("name a scenario, or use --demo") }
            guard DispatchApproval(rawValue: dispatch) != nil else { throw ValidationError("--dispatch must be commander or automatic, got \(dispatch)") }
            guard ["person", "attentive", "overloaded", "scenario"].contains(`operator`) else {
                throw ValidationError("--operator must be person, attentive, overloaded or scenario, got \(`operator`)")
            }
            if let speed, !(speed > 0) { throw ValidationError("--speed must be a positive number, got \(speed)") }
            guard (0...65535).contains(port) else { throw ValidationError("--port must be 0–65535, got \(port)") }
            if feed != nil, listenDetections != nil { throw ValidationError("--feed and --listen-detections are two feeds: give one") }
            if replay, listenDetections != nil {
                throw ValidationError("a live TCP stream cannot be replayed: replay its recorded detections with --feed FILE --replay")
            }
            if replay, feed == "-" { throw ValidationError("standard input cannot be replayed: give the recorded file with --feed FILE --replay") }
            if feedTokenFile != nil, listenDetections == nil { throw ValidationError("--feed-token-file goes with --listen-detections") }
            try tak.validate(replay: replay, simulated: feed == nil && listenDetections == nil)
            if sectors != nil || standbyFor != nil || instance != nil {
                guard sectors != nil || standbyFor != nil else { throw ValidationError("--instance goes with --sectors or --standby-for") }
                guard PostgresURL.isPostgresURL(store.path) || (instance == nil && standbyFor == nil) else {
                    throw ValidationError("a cluster of instances shares a PostgreSQL store: give --db postgres://… (SQLite is one machine's)")
                }
                if replay { throw ValidationError("--sectors watches live; replay a sector's run with --replay --run RUN-SECTOR") }
                if listenDetections != nil || feed == "-" {
                    throw ValidationError("--sectors splits a recorded --feed FILE or the simulator between sectors; a live stream is not split yet")
                }
                if tak.tak != nil { throw ValidationError("--tak is not joined to a cluster yet: run the TAK link on a single-instance watch") }
                if hotStandby, standbyFor == nil { throw ValidationError("--hot-standby shadows the --standby-for sectors: name them") }
                if let name = instance, PlainName.problem(name) != nil {
                    throw ValidationError("--instance must be a plain name (letters, digits, - and _), got \(name)")
                }
                guard leaseSeconds >= 1, leaseSeconds <= 600 else { throw ValidationError("--lease-seconds must be 1–600, got \(leaseSeconds)") }
            }
            if let listenDetections {
                let address: FeedAddress
                do { address = try FeedAddress(parsing: listenDetections) } catch { throw ValidationError("\(error)") }
                if !address.isLoopback, feedTokenFile == nil {
                    throw ValidationError("--listen-detections on \(address) reaches beyond this machine: give --feed-token-file with the senders' token")
                }
                if speed != nil { throw ValidationError("a live TCP feed is not paced: drop --speed (it plays lines as they come)") }
            }
        }

        func run() async throws {
            let name = scenario ?? "2021-02-16-goseong-swimmer"
            let (resolved, border) = try ScenarioFile.load(name)
            let doc = resolved.document
            let seed = self.seed ?? doc.seed ?? 1
            let runID = RunID(self.run ?? defaultRun(doc.id, seed: seed))
            let speed = listenDetections != nil ? .infinity : self.speed ?? (replay ? 10 : demo ? 5 : 1)
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
            let pace = speed.isFinite ? "at \(Self.format(speed))×" : "unpaced"
            let source = feed.map { $0 == "-" ? "detections from standard input" : "detections from \($0)" } ?? listenDetections.map { _ in "detections over TCP" }
            Self.say("Guidepost live watch: \(doc.id)\(source.map { ", \($0)," } ?? "") \(pace) (run \(runID), store \(store.display))")
            for (account, password) in demoPasswords {
                Self.say("  demo account \(account.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(account.role.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)) password \(password)")
            }
            let takSetup = try tak.setup()
            if let takSetup { Self.say("TAK: \(takSetup.describe())") }
            let clock = ReportClock(start: doc.start.description)
            let exit = exitWhenDone
            if sectors != nil || standbyFor != nil {
                let border = border
                let all = border.sectors.map(\.id.rawValue)
                func list(_ text: String?) -> [String] {
                    guard let text else { return [] }
                    if text == "all" { return all }
                    return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                }
                let base = self.run ?? defaultRun(doc.id, seed: seed)
                let cluster = ClusterServe(
                    instance: instance ?? "solo", sectors: list(sectors), standbyFor: list(standbyFor), leaseSeconds: leaseSeconds,
                    url: store.path, baseRun: base, feed: feed, speed: speed, pacedFrom: from ?? (demo ? 3780 : -.infinity), seed: seed,
                    operatorModel: model, dispatch: approval, exitWhenDone: exit, hotStandby: hotStandby)
                try await cluster.run(resolved, border: border, map: map, accounts: accounts, options: options, clock: clock)
                return
            }
            guard feed != nil || listenDetections != nil else {
                try await watch(run: runID, speed: speed, clock: clock, map: map, accounts: accounts, options: options, listener: nil, tak: takSetup, exitWhenDone: exit) {
                    let watch = try ServeSetup.watch(resolved, border: border, seed: seed, run: runID, operatorModel: model, dispatch: approval)
                    let engine = watch.engine, end = watch.end
                    let field = watch.field
                    return (engine, FieldChannelFeed(field), end)
                }
                return
            }
            let live = try ServeSetup.liveWatch(resolved, border: border, seed: seed, run: runID, operatorModel: model, dispatch: approval)
            let lines: AsyncStream<FeedInput>
            var listener: (DetectionListener, FeedBuffer)?
            if let listenDetections {
                let address = try FeedAddress(parsing: listenDetections)
                let token = try feedTokenFile.map { path throws(FeedError) in try FeedToken.read(path: path) } ?? FeedToken.random()
                let queue = FeedBuffer()
                lines = queue.makeStream()
                listener = (DetectionListener(address: address, token: token), queue)
            } else if feed == "-" {
                lines = FeedReader.standardInput()
            } else {
                lines = try FeedReader.file(feed ?? "-")
            }
            try await watch(run: runID, speed: speed, clock: clock, map: map, accounts: accounts, options: options, listener: listener, tak: takSetup, exitWhenDone: exit) {
                let source = DetectionFeed(
                    lines: lines, zones: live.zones, conversion: live.conversion, report: { Self.warn("feed: \($0)") },
                    order: { Self.say("order: \(FeedOrderText.describe($0))") })
                return (live.engine, source, live.end)
            }
        }

        /// The watch over the engine and feed `make` builds, on the store: live (paced from
        /// `--from`, with `listener` accepting detection streams into its queue), or with
        /// `--replay` the stored run re-derived from the same feed and served with a scrubber.
        func watch<F: WatchFeed & SendableMetatype>(
            run runID: RunID, speed: Double, clock: ReportClock?, map: ConsoleMap, accounts: ConsoleAccounts, options: ConsoleServer.Options,
            listener: (DetectionListener, FeedBuffer)?, tak: TakSetup?, exitWhenDone: Bool,
            make: () throws -> (engine: OperationsEngine<ConfiguredOperator>, feed: F, end: Double)
        ) async throws {
            let replay = self.replay, at = self.from, display = store.display
            let pacedFrom = from ?? (demo ? 3780 : -.infinity)
            try await store.withLog { log in
                guard replay else {
                    try await Self.live(
                        log: log, make: make, run: runID, speed: speed, clock: clock, pacedFrom: pacedFrom, map: map, accounts: accounts,
                        options: options, listener: listener, tak: tak, exitWhenDone: exitWhenDone)
                    return
                }
                let stored: [OperationsEvent]
                do { stored = try await log.events(run: runID) } catch let e as StoreError where e.code == .notFound { stored = [] }
                guard !stored.isEmpty else {
                    let runs = (try? await log.runs().map(\.rawValue)) ?? []
                    throw ValidationError("no run \(runID) in \(display) to replay; stored runs: \(runs.isEmpty ? "none" : runs.joined(separator: ", ")) (choose one with --run)")
                }
                Self.say("Re-deriving run \(runID) (\(stored.count) stored events) for the replay…")
            let (engine, feed, end) = try make()
                let session: ReplaySession
                do throws(WatchError) {
                    session = try await ReplaySession.record(
                        engine: engine, feed: feed, stored: stored, run: runID, end: end, clock: clock, speed: speed, at: at,
                        progress: { t in Self.say("  … \(clock?.stamp(t) ?? "t = \(Int(t)) s")") })
                } catch { throw ValidationError("cannot replay \(runID): \(error)") }
                try await Self.serve(
                    watch: session, drive: { await session.play() }, map: map, accounts: accounts, options: options, listener: nil, tak: nil,
                    exitWhenDone: false)
            }
        }

        /// The live watch over `log` (generic: the session is typed by its store and feed); with
        /// `tak`, the feed joined with the field's devices (`TakTeamFeed`).
        static func live<L: EventLog, F: WatchFeed & SendableMetatype>(
            log: L, make: () throws -> (engine: OperationsEngine<ConfiguredOperator>, feed: F, end: Double), run runID: RunID, speed: Double,
            clock: ReportClock?, pacedFrom: Double, map: ConsoleMap, accounts: ConsoleAccounts, options: ConsoleServer.Options,
            listener: (DetectionListener, FeedBuffer)?, tak: TakSetup?, exitWhenDone: Bool
        ) async throws {
            let (engine, feed, end) = try make()
            guard let tak else {
                return try await play(
                    log: log, engine: engine, feed: feed, end: end, run: runID, speed: speed, clock: clock, pacedFrom: pacedFrom, map: map,
                    accounts: accounts, options: options, listener: listener, tak: nil, exitWhenDone: exitWhenDone)
            }
            let joined = TakTeamFeed(feed, inbox: tak.link.inbox, device: tak.device?.outbox)
            try await play(
                log: log, engine: engine, feed: joined, end: end, run: runID, speed: speed, clock: clock, pacedFrom: pacedFrom, map: map,
                accounts: accounts, options: options, listener: listener, tak: tak, exitWhenDone: exitWhenDone)
        }

        /// Plays the live watch of `engine` over `feed`, serving the console (and the TAK link).
        static func play<L: EventLog, F: WatchFeed & SendableMetatype>(
            log: L, engine: sending OperationsEngine<ConfiguredOperator>, feed: sending F, end: Double, run runID: RunID, speed: Double,
            clock: ReportClock?, pacedFrom: Double, map: ConsoleMap, accounts: ConsoleAccounts, options: ConsoleServer.Options,
            listener: (DetectionListener, FeedBuffer)?, tak: TakSetup?, exitWhenDone: Bool
        ) async throws {
                let session = WatchSession(engine: engine, field: feed, log: log, run: runID, end: end, speed: speed, clock: clock, pacedFrom: pacedFrom)
                try await Self.serve(
                    watch: session,
                    drive: {
                        do { try await session.run() } catch { throw ValidationError("the watch stopped: \(error)") }
                        let frame = await session.current()
                        Self.say("feed ended at \(frame.clock ?? "t = \(Int(frame.t)) s"): \(frame.incidents.count) incident(s), \(frame.alerts.count) alert(s), \(frame.lastEvent) events")
                        let health = await session.feedHealth()
                        if health.lines > 0 {
                            Self.say("  feed: \(health.lines) lines, \(health.detections) detections in \(health.scans) scans; \(health.badLines) bad, \(health.lateLines) late, \(health.overLongLines) over-long; \(health.orders) orders")
                        }
                        if let tak { Self.say("  \(tak.summary())") }
                    }, map: map, accounts: accounts, options: options, listener: listener, tak: tak, exitWhenDone: exitWhenDone)
        }

        /// The run id when `--run` is not given: a scenario's seeded run and a recorded file
        /// replay the same way, so the same id resumes them; a live stream cannot be replayed, so
        /// each start of one is a run of its own.
        func defaultRun(_ scenario: String, seed: UInt64) -> String {
            if let feed, feed != "-" {
                let name = URL(fileURLWithPath: feed).deletingPathExtension().lastPathComponent
                return "\(scenario)-feed-\(name)"
            }
            guard feed != nil || listenDetections != nil else { return "\(scenario)-seed-\(seed)-live" }
            let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
            return "\(scenario)-live-\(stamp)"
        }

        /// Serves the console over `watch` while `drive` plays it (the live loop, or a replay's
        /// clock), with `listener` accepting detection streams into its queue; stops when the
        /// server stops, or when `drive` returns and `exitWhenDone`.
        static func serve<W: WatchControl>(
            watch: W, drive: @escaping @Sendable () async throws -> Void, map: ConsoleMap, accounts: ConsoleAccounts,
            options: ConsoleServer.Options, listener: (DetectionListener, FeedBuffer)?, tak: TakSetup?, exitWhenDone: Bool
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
                if let (listener, queue) = listener {
                    let loopback = listener.address.isLoopback
                    let token = listener.token
                    group.addTask {
                        do {
                            try await listener.run(into: queue, log: { Self.warn("feed: \($0)") }) { address in
                                Self.say("Detections: listening on \(address) (TCP, one JSON object a line)")
                                guard loopback else { return }
                                Self.say("  first line of each connection: \(token.greeting)")
                                Self.say("  e.g. (echo '\(token.greeting)'; cat detections.jsonl) | nc \(address.host) \(address.port)")
                            }
                        } catch { throw ValidationError("\(error)") }
                        return "listener"
                    }
                }
                if let tak {
                    group.addTask {
                        await withTaskGroup(of: Void.self) { links in
                            links.addTask { await tak.link.run(log: { Self.warn($0) }) }
                            if let device = tak.device { links.addTask { await device.run(log: { Self.warn("simulated team: \($0)") }) } }
                            links.addTask { await TakBridge.run(watch: watch, link: tak.link, options: tak.mapping) }
                            await links.waitForAll()
                        }
                        return "tak"
                    }
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

        /// A line on standard error, at once: a feed's problems.
        static func warn(_ line: String) {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }

        static func randomPassword() -> String {
            let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
            var rng = SystemRandomNumberGenerator()
            return String((0..<14).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] })
        }

        static func format(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
    }
}
