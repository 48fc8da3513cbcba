import ArgumentParser
import Foundation
import GuidepostCore
import Operations

extension Guidepost {
    /// `guidepost store import|export`: moves operations logs between JSON Lines files and the
    /// store. Import is idempotent, so an interrupted import (even `kill -9`) is finished by
    /// running it again: committed batches are skipped, nothing is lost or doubled.
    struct Store: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "store",
            abstract: "Import and export operations event logs (JSON Lines) to and from the store.",
            subcommands: [Import.self, Export.self, Bench.self])
    }
}

extension Guidepost.Store {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Append the events of a JSON Lines file (or - for stdin) to the store, in atomic batches.",
            discussion: """
                Each line is one event ({"run":…,"seq":…,"t":…,"kind":…}), as `store export` writes. \
                Events already stored are skipped, so rerunning an interrupted import completes it. A bad line \
                is reported with its line number and skipped; an event that contradicts the store (same run \
                and sequence, other content, or a gap) stops the import with exit status 1.
                """)

        @Argument(help: "JSON Lines file of events, or - for standard input.")
        var file: String
        @OptionGroup var store: StoreOptions
        @Option(help: "Events per transaction.")
        var batch: Int = 500
        @Flag(help: "After each committed batch, print `committed RUN#SEQ` on stderr.")
        var verbose = false

        func validate() throws {
            guard batch >= 1 else { throw ValidationError("--batch must be at least 1.") }
        }

        func run() async throws {
            try await store.withLog { log in
                var reader: JSONLinesReader
                do { reader = try JSONLinesReader(path: file) } catch { throw ValidationError("\(error)") }
                var pending: [OperationsEvent] = []
                var read = 0
                var inserted = 0
                var bad = 0
                let progress = StatusLine(label: "import")
                func flush() async throws {
                    guard !pending.isEmpty else { return }
                    do {
                        inserted += try await log.append(pending)
                    } catch {
                        FileHandle.standardError.write(Data("guidepost store import: \(error)\n".utf8))
                        throw ExitCode.failure
                    }
                    if verbose, let last = pending.last {
                        FileHandle.standardError.write(Data("committed \(last.run)#\(last.seq)\n".utf8))
                    }
                    pending.removeAll(keepingCapacity: true)
                    progress.show("\(read) events read, \(inserted) new")
                }
                while let line = reader.next() {
                    if line.bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                    do {
                        pending.append(try OperationsEvent.decode(line.text))
                        read += 1
                    } catch {
                        bad += 1
                        let issue = InputError(file: file, line: line.number, reason: "not an operations event (\(error))",
                            hint: "each line must be one event as `guidepost store export` writes it")
                        FileHandle.standardError.write(Data("\(issue)\n".utf8))
                        continue
                    }
                    if pending.count >= batch { try await flush() }
                }
                try await flush()
                progress.finish()
                print("imported \(inserted) new of \(read) events into \(store.display) (\(read - inserted) already stored\(bad > 0 ? ", \(bad) bad line(s) skipped" : ""))")
                if bad > 0 { throw ExitCode.failure }
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the store's events as JSON Lines (stable encoding).")

        @OptionGroup var store: StoreOptions
        @Option(help: "Only this run (default: every run, in run order).")
        var run: String?
        @Option(help: "Output file, or - for standard output.")
        var out: String = "-"

        func run() async throws {
            try await store.withLog { log in
                let writer: JSONLinesWriter
                do { writer = try JSONLinesWriter(path: out) } catch { throw ValidationError("\(error)") }
                do {
                    let runs: [RunID]
                    if let run { runs = [RunID(run)] } else { runs = try await log.runs() }
                    for r in runs {
                        for e in try await log.events(run: r) { writer.write(line: e.jsonLine) }
                    }
                } catch {
                    throw ValidationError("\(error)")
                }
                writer.flush()
            }
        }
    }
}
