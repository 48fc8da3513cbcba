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
                Events already stored are skipped, so rerunning an interrupted import completes it. \
                The good lines are imported and each bad one is reported with its line number: a line \
                that is not an event, repeats an earlier line's run and sequence, or comes after a gap \
                in its run's sequence (a run's log never has gaps, so once a line of a run is missing \
                its later lines are refused too, and other runs import whole). Any refused line makes \
                the exit status 65. An event that contradicts the store (same run and sequence, other \
                content, or a gap after what is stored) stops the import with exit status 1.
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
            var reader = try JSONLinesReader(path: file)
            try await store.withLog { log in
                var pending: [OperationsEvent] = []
                var read = 0
                var inserted = 0
                var bad = 0
                // Per run: the last sequence number read and its line; the line that broke the
                // run's sequence (its later events would leave a gap in the log).
                var last: [RunID: (seq: Int, line: Int)] = [:]
                var broken: [RunID: Int] = [:]
                let progress = StatusLine(label: "import")
                func refuse(_ line: Int, field: String? = nil, _ reason: String, hint: String? = nil) {
                    bad += 1
                    let issue = InputError(file: reader.name, line: line, field: field, reason: reason, hint: hint)
                    FileHandle.standardError.write(Data("\(issue)\n".utf8))
                }
                func flush() async throws {
                    guard !pending.isEmpty else { return }
                    do {
                        inserted += try await log.append(pending)
                    } catch {
                        throw CommandFailure(.other, "\(store.display): \(error); nothing of this batch was stored")
                    }
                    if verbose, let last = pending.last {
                        FileHandle.standardError.write(Data("committed \(last.run)#\(last.seq)\n".utf8))
                    }
                    pending.removeAll(keepingCapacity: true)
                    progress.show("\(read) events read, \(inserted) new")
                }
                while let line = reader.next() {
                    let event: OperationsEvent
                    do { event = try JSONDecoder().decode(OperationsEvent.self, from: Data(line.bytes)) } catch {
                        let issue = InputError(decoding: error, file: reader.name, line: line.number, bytes: line.bytes)
                        refuse(
                            line.number, field: issue.field, "not an operations event: \(issue.reason)",
                            hint: "each line must be one event as `guidepost store export` writes it")
                        continue
                    }
                    if let problem = event.problem {
                        refuse(line.number, problem)
                        continue
                    }
                    if let since = broken[event.run] {
                        refuse(
                            line.number, field: "seq",
                            "run \(event.run) #\(event.seq) not stored: the run's sequence broke at line \(since) and the log has no gaps",
                            hint: "fix that line and import the file again: stored events are skipped")
                        continue
                    }
                    if let previous = last[event.run] {
                        if event.seq <= previous.seq {
                            refuse(
                                line.number, field: "seq",
                                "run \(event.run) #\(event.seq) repeats or goes back from #\(previous.seq) at line \(previous.line); skipped")
                            continue
                        }
                        if event.seq != previous.seq + 1 {
                            broken[event.run] = line.number
                            refuse(
                                line.number, field: "seq",
                                "run \(event.run) #\(event.seq) follows #\(previous.seq) at line \(previous.line): events between are missing (a bad line?); not stored, nor the run's later events",
                                hint: "fix the missing events and import the file again: stored events are skipped")
                            continue
                        }
                    }
                    last[event.run] = (event.seq, line.number)
                    pending.append(event)
                    read += 1
                    if pending.count >= batch { try await flush() }
                }
                try await flush()
                progress.finish()
                print("imported \(inserted) new of \(read) events into \(store.display) (\(read - inserted) already stored\(bad > 0 ? ", \(bad) line(s) refused" : ""))")
                if bad > 0 { throw CommandFailure.refusedLines(bad, of: reader.name) }
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
            try await store.withLog(reading: true) { log in
                let writer = try JSONLinesWriter(path: out)
                do {
                    let runs: [RunID]
                    if let run { runs = [RunID(run)] } else { runs = try await log.runs() }
                    for r in runs {
                        for e in try await log.events(run: r) { writer.write(line: e.jsonLine) }
                    }
                } catch {
                    throw CommandFailure(.other, "cannot read \(store.display): \(error)")
                }
                writer.flush()
            }
        }
    }
}
