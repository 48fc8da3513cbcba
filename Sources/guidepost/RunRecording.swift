import Foundation
import GuidepostCore
import Simulation

/// The files `guidepost run --record DIR` writes beside the run's log so that the run can be
/// scored against truth (`guidepost score-alerts`): the simulator's record (truth.jsonl,
/// detections.jsonl, scans.jsonl, events.jsonl, first-detections.jsonl, as `guidepost simulate`
/// writes them; the run finishes it) and tracks.jsonl, the tracks the engine alerted on, scan by
/// scan (flushed by the command when the run returns).
final class RunRecording {
    let simulation: SimulationRecorder
    let tracks: JSONLinesWriter

    init(directory: String) throws(InputError) {
        simulation = try SimulationRecorder(directory: directory)
        tracks = try JSONLinesWriter(path: OutputFolder(directory).file("tracks.jsonl"))
    }
}
