import Foundation
import GuidepostCore
import Operations
import Pipeline

/// A watch with a fixed picture for the HTTP layer's tests: one open alert on a person (A1),
/// one answered (A2), an incident with guidance proposed (I-1). It records every decision that
/// reaches it, and refuses as the engine does (unknown ids, answered alerts, a dismissal without
/// a reason), so a test can tell what got through.
actor ScriptedWatch: WatchControl {
    struct Decision: Equatable {
        var user: String
        var role: String
        var what: String
        var target: String
        var reason: String
    }

    private(set) var decisions: [Decision] = []
    /// Every clock control that got through.
    private(set) var controls: [PlaybackCommand] = []
    var frame: WatchFrame

    /// A live watch, or (`replay`) a replay that refuses decisions and takes every clock control.
    init(replay: Bool = false) {
        // The picture as the server would send it (WatchFrame's nested views have no public memberwise inits).
        let json = """
            {"frame":1,"t":3900,"clock":"2021-02-16 01:05:00","fedAt":0,"ended":false,"lastEvent":7,"blueForce":[[1,2]],"teams":[],
             "tracks":[{"id":"T3","x":100,"y":200,"vx":0,"vy":-1,"targetClass":"human","probability":0.9,"timeToMDL":0,"timeToFence":300,"trail":[[100,210]],"alert":"A1"}],
             "alerts":[
              {"id":"A1","raised":3890,"track":"T3","x":100,"y":200,"targetClass":"human","confidence":0.9,"reason":"approaching_fence","status":"open","timeToMDL":0,"timeToFence":300,"camera":"human","rank":1},
              {"id":"A2","raised":3000,"track":"T1","x":10,"y":20,"targetClass":"animal","confidence":0.7,"reason":"in_band","status":"dismissed","camera":"animal","answer":"dismissed by kim"}],
             "incidents":[{"id":"I-1","state":"assessed","openedAt":3895,
              "proposal":{"team":"guidance-team-1","planned":3896,"teamRoute":[[0,0],[50,50]],"personRoute":[[50,50],[0,-100]],"meeting":[50,50],"summary":"guidance-team-1 from its post","mineRisk":0.01,"personTime":600},
              "timeline":[{"seq":5,"t":3895,"text":"incident opened"}]}]}
            """
        frame = (try? JSONDecoder().decode(WatchFrame.self, from: Data(json.utf8)))
            ?? WatchFrame(frame: 0, t: 0, clock: nil, fedAt: 0, ended: false, tracks: [], teams: [], blueForce: [], alerts: [], incidents: [], lastEvent: 0)
        frame.playback = replay
            ? Playback(mode: .replay, run: "r", speed: 10, paused: true, start: 0, end: 7200) : Playback(mode: .live, run: "r", speed: 5)
    }

    var isReplay: Bool { frame.playback?.mode == .replay }

    func current() async -> WatchFrame { frame }

    func frames(buffer: Int) async -> AsyncStream<WatchFrame> {
        let (stream, c) = AsyncStream.makeStream(of: WatchFrame.self, bufferingPolicy: .bufferingNewest(buffer))
        c.yield(frame)
        return stream
    }

    func answer(alert: String, _ answer: OperatorDecision.Answer, by user: String, role: String, reason: String) async throws(WatchError) -> WatchFrame {
        guard !isReplay else { throw .replayOnly("an answer to an alert") }
        guard let i = frame.alerts.firstIndex(where: { $0.id == alert }) else { throw .refused(.unknownAlert(AlertID(alert))) }
        guard frame.alerts[i].status == "open" else { throw .refused(.alreadyAnswered(AlertID(alert), status: frame.alerts[i].status)) }
        if answer == .dismiss, reason.isEmpty { throw .refused(.reasonRequired) }
        decisions.append(Decision(user: user, role: role, what: answer.rawValue, target: alert, reason: reason))
        frame.alerts[i].status = answer == .acknowledge ? "acknowledged" : answer == .dismiss ? "dismissed" : "escalated"
        frame.alerts[i].rank = nil
        return frame
    }

    func approveDispatch(incident: String, by user: String, role: String, reason: String) async throws(WatchError) -> WatchFrame {
        guard !isReplay else { throw .replayOnly("a team's dispatch") }
        guard let i = frame.incidents.firstIndex(where: { $0.id == incident }) else { throw .refused(.unknownIncident(IncidentID(incident))) }
        guard let p = frame.incidents[i].proposal else { throw .refused(.nothingProposed(IncidentID(incident), state: frame.incidents[i].state)) }
        decisions.append(Decision(user: user, role: role, what: "approve-dispatch", target: incident, reason: reason))
        frame.incidents[i].proposal = nil
        frame.incidents[i].route = p
        frame.incidents[i].state = "guiding"
        return frame
    }

    func events(after: Int, limit: Int) async throws(WatchError) -> [OperationsEvent] { [] }

    func reports(incident: String) async throws(WatchError) -> [String: ReportDocument] {
        guard incident == "I-1" else { throw .unknownIncident(incident) }
        return [
            "I-1-press-statement": ReportDocument(title: "Press statement", blocks: [.paragraph("A person crossed <the line> & was secured.")]),
            "I-1-after-action": ReportDocument(title: "After-action report", blocks: [.heading("Timeline")]),
        ]
    }

    func playback(_ command: PlaybackCommand) async throws(WatchError) -> WatchFrame {
        if case .speed(let v) = command {
            guard v.isFinite, v > 0, v <= Playback.maxSpeed else { throw .badPlayback("speed out of range: \(v)") }
            frame.playback?.speed = v
        } else {
            guard isReplay else { throw .notReplay("pause or move in time") }
            switch command {
            case .pause: frame.playback?.paused = true
            case .resume: frame.playback?.paused = false
            case .seek(let t): frame.t = t
            case .speed: break
            }
        }
        controls.append(command)
        return frame
    }
}
