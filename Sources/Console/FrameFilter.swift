import Pipeline

/// What each role may see of a frame. Public affairs gets the incidents' states and when they
/// opened — no track, alert, position, team, route or timeline (which carry places and times a
/// person could be traced by); every other role sees the whole frame.
enum FrameFilter {
    static func view(_ frame: WatchFrame, for role: ConsoleRole) -> WatchFrame {
        guard !role.seesOperations else { return frame }
        var f = frame
        f.tracks = []
        f.teams = []
        f.blueForce = []
        f.alerts = []
        f.incidents = frame.incidents.map { i in
            var only = i
            only.team = nil
            only.proposal = nil
            only.route = nil
            only.timeline = []
            return only
        }
        return f
    }
}
