import Casework
import GuidepostCore

/// The sealer when no keyring is configured: cases without identity still work; any attempt to
/// seal or open identity says how to give the keyring.
struct MissingKeyring: IdentitySealer {
    var reason: CaseError
    var currentKeyID: String { "none" }
    func seal(_ identity: CaseIdentity, for id: CaseID, previous: SealedIdentity?) throws(CaseError) -> SealedIdentity { throw reason }
    func open(_ sealed: SealedIdentity, for id: CaseID) throws(CaseError) -> CaseIdentity { throw reason }
    func rewrap(_ sealed: SealedIdentity) throws(CaseError) -> SealedIdentity { throw reason }
}
