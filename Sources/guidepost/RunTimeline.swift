import Operations
import Pipeline

/// One line of the live timeline `guidepost run` prints (`EventText`, shared with the console).
enum RunTimeline {
    static func line(_ e: OperationsEvent, clock: ReportClock?) -> String? { EventText.line(e, clock: clock) }
}
