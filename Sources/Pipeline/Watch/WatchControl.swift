public import Operations

/// What a front end (the web console) may ask of a live watch: its current frame, a stream of
/// frames, the log, and a person's decisions. The console sees only this port; the session
/// behind it (`WatchSession`) owns the engine, the feed and the store.
public protocol WatchControl: Sendable {
    /// The latest frame (the whole picture).
    func current() async -> WatchFrame
    /// Frames from now on. Each subscriber has its own buffer of `buffer` frames, newest kept:
    /// a subscriber that does not keep up loses old frames, never stalls the watch or the
    /// others. The stream ends when the watch stops.
    func frames(buffer: Int) async -> AsyncStream<WatchFrame>
    /// A person's answer to an alert (`OperationsEngine.answer`), committed to the log before
    /// it returns; returns the frame that shows it.
    @discardableResult
    func answer(alert: String, _ answer: OperatorDecision.Answer, by user: String, role: String, reason: String) async throws(WatchError)
        -> WatchFrame
    /// The watch commander approves the guidance proposed for an incident.
    @discardableResult
    func approveDispatch(incident: String, by user: String, role: String, reason: String) async throws(WatchError) -> WatchFrame
    /// Events of the watch's run after sequence number `after`, at most `limit`.
    func events(after: Int, limit: Int) async throws(WatchError) -> [OperationsEvent]
    /// The reports of an incident (press statement, UNC notification, after-action), built from
    /// the log as it stands (a replay: as it stood at the moment shown). Keys are the reports'
    /// names without extension (`I-1-press-statement`); each renders to Markdown and HTML.
    func reports(incident: String) async throws(WatchError) -> [String: ReportDocument]
    /// Changes how the watch is played: the speed of a live watch, or a replay's scrubber,
    /// pause and speed. Returns the frame that shows the change.
    @discardableResult
    func playback(_ command: PlaybackCommand) async throws(WatchError) -> WatchFrame
}
