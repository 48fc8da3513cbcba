/// A case as stores keep it: the public file and, apart, the sealed identity.
public struct StoredCase: Hashable, Sendable, Codable {
    public var file: CaseFile
    public var identity: SealedIdentity?

    public init(file: CaseFile, identity: SealedIdentity?) {
        self.file = file
        self.identity = identity
    }
}
