public import GuidepostCore
/// Seals and opens case identities (the port `CaseVault` implements with swift-crypto): Casework
/// decides who may see what; the sealer makes sure nobody else can, including whoever reads the
/// database.
public protocol IdentitySealer: Sendable {
    /// The key-encryption key new seals use.
    var currentKeyID: String { get }
    /// Seals `identity` for case `id`. When `previous` is given its data key is kept (opened with
    /// whichever key wrapped it) and re-wrapped under the current key.
    func seal(_ identity: CaseIdentity, for id: CaseID, previous: SealedIdentity?) throws(CaseError) -> SealedIdentity
    /// Opens `sealed` for case `id`; `.sealing` when its key is unknown or the bytes were altered.
    func open(_ sealed: SealedIdentity, for id: CaseID) throws(CaseError) -> CaseIdentity
    /// The same identity with its data key wrapped under the current key (key rotation: the
    /// data is not re-encrypted).
    func rewrap(_ sealed: SealedIdentity) throws(CaseError) -> SealedIdentity
}
