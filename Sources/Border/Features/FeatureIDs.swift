public import GuidepostCore

/// Tags for the Border module's typed identifiers (posts use Core's `PostID`).
public enum SectorTag {}
/// Tag for typed identifiers.
public enum FenceTag {}
/// Tag for typed identifiers.
public enum GateTag {}
/// Tag for typed identifiers.
public enum CorridorTag {}
/// Tag for typed identifiers.
public enum WaterwayTag {}
/// Tag for typed identifiers.
public enum MinefieldTag {}

public typealias SectorID = Identifier<SectorTag>
public typealias FenceID = Identifier<FenceTag>
public typealias GateID = Identifier<GateTag>
public typealias CorridorID = Identifier<CorridorTag>
public typealias WaterwayID = Identifier<WaterwayTag>
public typealias MinefieldID = Identifier<MinefieldTag>
