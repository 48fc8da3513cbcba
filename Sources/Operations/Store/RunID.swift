public import GuidepostCore

/// Tag for the identifier of one run of the engine (one scenario played, or one live session).
public enum RunTag {}

/// Identifies a run: the events of one run share it and are numbered 1, 2, 3, … within it.
public typealias RunID = Identifier<RunTag>
