import ArgumentParser
import CoT
import Foundation
import GuidepostCore
import Operations
import TakLink

extension Guidepost {
    /// `guidepost cot`: a tracker's tracks and an alert log as the CoT stream the live link
    /// would have sent, for a TAK server or a device offline.
    struct Cot: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cot",
            abstract: "Convert tracks (and an alert log) to a Cursor on Target stream, one XML event a line.",
            discussion: """
                Each scan of --tracks (as `guidepost track` writes them) becomes the tracks' CoT positions and the \
                alerts of --events (as `guidepost alerts` or `guidepost store export` write them) awaiting an answer \
                then, mapped as `guidepost serve --tak` maps the live watch (docs/cot.md). Times are --start plus \
                each record's t. The output replays on a TAK server with e.g. `nc HOST 8087 < out.cot`. The same \
                files give the same bytes.
                """)

        @Option(help: "Tracks, JSON Lines sorted by t.")
        var tracks: String
        @Option(help: "An alert log (operations events, JSON Lines).")
        var events: String?
        @Option(help: "When t = 0 was, ISO 8601 with a zone (e.g. 2021-02-16T00:00:00+09:00).")
        var start: String
        @Option(help: "Where to write the stream ('-' for stdout).")
        var out = "-"
        @Flag(help: "Include animal tracks (as neutral).")
        var animals = false

        func run() throws {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            let fractional = ISO8601DateFormatter()
            fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            guard let date = formatter.date(from: start) ?? fractional.date(from: start) else {
                throw CommandFailure(.badInput, "--start \(InputError.excerpt(start)): not an ISO 8601 time with a zone (write e.g. 2021-02-16T00:00:00+09:00)")
            }
            var refused = 0
            let reader = try JSONLinesReader(path: tracks)
            var decoder = JSONLinesDecoder<TrackRecord>(reader: reader, validate: { $0.problem }) { issue in
                refused += 1
                FileHandle.standardError.write(Data("\(issue)\n".utf8))
            }
            var records: [TrackRecord] = []
            while let (_, record) = decoder.next() { records.append(record) }
            var log: [OperationsEvent] = []
            if let events {
                var lines = try JSONLinesReader(path: events)
                while let line = lines.next() {
                    do {
                        let event = try JSONDecoder().decode(OperationsEvent.self, from: Data(line.bytes))
                        if let problem = event.problem { throw InputError(file: events, line: line.number, reason: problem) }
                        log.append(event)
                    } catch {
                        let decoded = error as? InputError ?? InputError(decoding: error, file: events, line: line.number, bytes: line.bytes)
                        let issue = InputError(
                            file: events, line: line.number, field: decoded.field, reason: "not an operations event: \(decoded.reason)",
                            hint: "each line must be one event as `guidepost alerts` or `guidepost store export` writes it")
                        refused += 1
                        FileHandle.standardError.write(Data("\(issue)\n".utf8))
                    }
                }
            }
            guard !records.isEmpty else { throw CommandFailure(.badInput, "\(tracks): no tracks read: nothing to convert") }
            var options = WatchCoT.Options()
            options.animals = animals
            let stream = OfflineCoT(options: options).events(
                tracks: records, events: log, start: CoTTime(secondsSince1970: date.timeIntervalSince1970))
            let writer = try JSONLinesWriter(path: out)
            for event in stream { writer.write(line: CoTXML.encode(event)) }
            writer.flush()
            FileHandle.standardError.write(Data("cot: \(stream.count) events from \(records.count) track records and \(log.count) log events\n".utf8))
            if refused > 0 { throw CommandFailure.refusedLines(refused, of: "\(tracks)\(events.map { " and \($0)" } ?? "")") }
        }
    }
}
