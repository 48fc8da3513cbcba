/// What the engine must do after a transition. The state machine only names actions; the
/// engine (or a test) carries them out, so the machine stays pure.
public enum IncidentAction: Hashable, Sendable, Codable {
    /// Tell the chain of command, at a Jindotgae-style alert level (3 normal … 1 highest).
    case notifyCommand(level: Int)
    /// Plan the route out and the rendezvous for the guidance team.
    case planGuidance
    /// Re-plan because the person moved or the picture changed.
    case replan
    /// Search around the last known position.
    case searchLastKnownPosition
    /// Request casualty evacuation (2017 JSA: a helicopter to a trauma centre).
    case requestMedevac
    /// Notify the UN Command.
    case notifyUNC
    /// Draft the JCS-style press statement (no name, no identifying detail).
    case draftPressStatement
    case beginQuestioning
    /// Open the case file after custody for the stated intent.
    case openCasework(Intent)
    case handOver(agency: String)
    /// Write the after-action report.
    case writeAfterActionReport
}
