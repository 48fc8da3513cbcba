import ArgumentParser
import Foundation
import StoreCore
import StorePostgres

extension Guidepost {
    /// `guidepost cluster`: the watches sharing one PostgreSQL store, as the store sees them.
    struct Cluster: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The cluster of watch instances sharing one PostgreSQL store.", subcommands: [Status.self])

        /// `guidepost cluster status`: who owns which sector, how fresh each lease is, how far
        /// each sector's watch has come, and the replication of the database.
        struct Status: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Show the sectors' owners and leases, each watch's progress, and the database's replication.",
                discussion: """
                    A lease that has run out means its owner stopped renewing it (killed, cut off): a standby for that \
                    sector takes it over within a tick. With a URL naming a primary and its standbys \
                    (postgres://…@H1:P1,H2:P2/DB?target_session_attrs=read-write) the status is read from the writable one.
                    """)

            @Option(name: .customLong("db"), help: "The cluster's PostgreSQL store, postgres://USER@HOST:PORT/DB (several hosts allowed).")
            var db: String
            @Flag(help: "One JSON object instead of the table.")
            var json = false

            func run() async throws {
                guard PostgresURL.isPostgresURL(db) else { throw ValidationError("a cluster's store is PostgreSQL: give --db postgres://…") }
                let log: PostgresEventLog
                do { log = try await PostgresEventLog(url: try PostgresURL(db), failoverTimeout: .seconds(5)) } catch {
                    throw CommandFailure(.other, "cannot open the store \(PostgresURL.redacting(db)): \(error)")
                }
                do {
                    let leases = try await log.leases()
                    let replication = try await log.replication()
                    let server = await log.server
                    if json {
                        let object: [String: Any] = [
                            "server": "\(server.host):\(server.port)",
                            "sectors": leases.map { l -> [String: Any] in
                                var o: [String: Any] = [
                                    "sector": l.sector, "owner": l.owner, "epoch": l.epoch, "expires_in": l.expiresIn, "held_for": l.heldFor,
                                    "last_seq": l.lastSequence, "live": !l.hasExpired,
                                ]
                                if let t = l.feedTime { o["feed_t"] = t }
                                return o
                            },
                            "replication": replication.map { r -> [String: Any] in
                                var o: [String: Any] = ["name": r.name, "state": r.state, "sync": r.sync]
                                if let lag = r.lag { o["replay_lag"] = lag }
                                return o
                            },
                        ]
                        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                        print(String(decoding: data, as: UTF8.self))
                    } else {
                        print("store: \(log.url) (writing to \(server.host):\(server.port))")
                        if leases.isEmpty { print("no sector has been claimed yet (start guidepost serve --instance … --sectors …)") }
                        print(Self.row(["sector", "owner", "epoch", "lease", "held", "feed time", "last event"]))
                        for l in leases {
                            let lease = l.hasExpired ? "EXPIRED \(Self.seconds(-l.expiresIn)) ago" : "\(Self.seconds(l.expiresIn)) left"
                            print(Self.row([
                                l.sector, l.owner, "\(l.epoch)", lease, Self.seconds(l.heldFor), l.feedTime.map(Self.clock) ?? "-", "\(l.lastSequence)",
                            ]))
                        }
                        if replication.isEmpty {
                            print("replication: no standby is connected to this server")
                        } else {
                            for r in replication {
                                print("replication: \(r.name) \(r.state), \(r.sync)\(r.lag.map { ", replay lag \(String(format: "%.3f", $0)) s" } ?? "")")
                            }
                        }
                    }
                } catch {
                    await log.close()
                    throw CommandFailure(.other, "cannot read the cluster's status: \(error)")
                }
                await log.close()
            }

            static func row(_ cells: [String]) -> String {
                let widths = [26, 12, 6, 22, 9, 10, 10]
                return zip(cells, widths).map { $0.padding(toLength: max($1, $0.count), withPad: " ", startingAt: 0) }.joined(separator: " ")
            }

            static func seconds(_ s: Double) -> String { s < 100 ? String(format: "%.1f s", s) : "\(Int(s.rounded())) s" }

            static func clock(_ t: Double) -> String {
                let s = Int(t.rounded())
                return String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
            }
        }
    }
}
