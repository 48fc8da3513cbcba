/// The ports through which the Operations engine meets the world (DESIGN.md): scans of
/// detections and field reports come in, commands go out. The simulator implements both for
/// `guidepost run`; a deployment implements them with real feeds and radios.
public protocol FieldChannel {
    /// The next scan, or nil when the feed has ended.
    mutating func nextScan() -> FieldScan?
    /// Carries out `command` now (its effects show in later scans).
    mutating func carryOut(_ command: FieldCommand)
}
