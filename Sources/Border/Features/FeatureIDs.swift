public import GuidepostCore

/// Tags for the Border module's typed identifiers (posts use Core's `PostID`).
public enum SectorTag {}
public enum FenceTag {}
public enum GateTag {}
public enum CorridorTag {}
public enum WaterwayTag {}
public enum MinefieldTag {}

public typealias SectorID = Identifier<SectorTag>
public typealias FenceID = Identifier<FenceTag>
public typealias GateID = Identifier<GateTag>
public typealias CorridorID = Identifier<CorridorTag>
public typealias WaterwayID = Identifier<WaterwayTag>
public typealias MinefieldID = Identifier<MinefieldTag>
