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
                throw ValidationError("--start \(start): not an ISO 8601 time with a zone (write e.g. 2021-02-16T00:00:00+09:00)")
            }
            var reader: JSONLinesReader
            do { reader = try JSONLinesReader(path: tracks) } catch { throw ValidationError("\(error)") }
            var decoder = JSONLinesDecoder<TrackRecord>(reader: reader) { issue in
                FileHandle.standardError.write(Data("\(issue)\n".utf8))
            }
            var records: [TrackRecord] = []
            while let (_, record) = decoder.next() { records.append(record) }
            var log: [OperationsEvent] = []
            if let events {
                var lines: JSONLinesReader
                do { lines = try JSONLinesReader(path: events) } catch { throw ValidationError("\(error)") }
                while let line = lines.next() {
                    if line.bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                    do { log.append(try OperationsEvent.decode(line.text)) } catch {
                        let issue = InputError(file: events, line: line.number, reason: "not an operations event (\(error))",
                            hint: "each line must be one event as `guidepost alerts` or `guidepost store export` writes it")
                        FileHandle.standardError.write(Data("\(issue)\n".utf8))
                    }
                }
            }
            guard !records.isEmpty else { throw ValidationError("\(tracks): no tracks read: nothing to convert") }
            var options = WatchCoT.Options()
            options.animals = animals
            let stream = OfflineCoT(options: options).events(
                tracks: records, events: log, start: CoTTime(secondsSince1970: date.timeIntervalSince1970))
            let writer: JSONLinesWriter
            do { writer = try JSONLinesWriter(path: out) } catch { throw ValidationError("\(error)") }
            for event in stream { writer.write(line: CoTXML.encode(event)) }
            writer.flush()
            FileHandle.standardError.write(Data("cot: \(stream.count) events from \(records.count) track records and \(log.count) log events\n".utf8))
        }
    }
}
