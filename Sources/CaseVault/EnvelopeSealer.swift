public import GuidepostCore
public import Casework
import Crypto
import Foundation

/// Envelope encryption of case identities with AES-256-GCM (swift-crypto): each case has its
/// own random data key; the identity is sealed under it with the case id as authenticated data,
/// and the data key is sealed (wrapped) under the keyring's current key-encryption key.
/// Rotating the KEK re-wraps 32 bytes per case and never re-encrypts identities.
public struct EnvelopeSealer: IdentitySealer {
    public let keyring: KeyRing

    public init(keyring: KeyRing) {
        self.keyring = keyring
    }

    public var currentKeyID: String { keyring.current }

    public func seal(_ identity: CaseIdentity, for id: CaseID, previous: SealedIdentity?) throws(CaseError) -> SealedIdentity {
        let dataKey = try previous.map { p throws(CaseError) in try unwrap(p) } ?? SymmetricKey(size: .bits256)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        do {
            let plaintext = try encoder.encode(identity)
            guard let box = try AES.GCM.seal(plaintext, using: dataKey, authenticating: Data(id.rawValue.utf8)).combined else {
                throw CaseError.sealing("AES-GCM gave no combined box")
            }
            return SealedIdentity(keyID: keyring.current, wrappedKey: try wrap(dataKey, under: keyring.current), box: box)
        } catch let e as CaseError {
            throw e
        } catch {
            throw .sealing("could not seal case \(id): \(error)")
        }
    }

    public func open(_ sealed: SealedIdentity, for id: CaseID) throws(CaseError) -> CaseIdentity {
        let dataKey = try unwrap(sealed)
        do {
            let plaintext = try AES.GCM.open(AES.GCM.SealedBox(combined: sealed.box), using: dataKey, authenticating: Data(id.rawValue.utf8))
            return try JSONDecoder().decode(CaseIdentity.self, from: plaintext)
        } catch {
            throw .sealing("case \(id)'s identity does not open: it was altered, or belongs to another case")
        }
    }

    public func rewrap(_ sealed: SealedIdentity) throws(CaseError) -> SealedIdentity {
        let dataKey = try unwrap(sealed)
        var out = sealed
        out.keyID = keyring.current
        out.wrappedKey = try wrap(dataKey, under: keyring.current)
        return out
    }

    // MARK: - Internals

    private func wrap(_ dataKey: SymmetricKey, under keyID: String) throws(CaseError) -> Data {
        let kek = try keyring.key(keyID)
        do {
            let bytes = dataKey.withUnsafeBytes { Data($0) }
            guard let box = try AES.GCM.seal(bytes, using: kek, authenticating: Data("guidepost-data-key:\(keyID)".utf8)).combined else {
                throw CaseError.sealing("AES-GCM gave no combined box")
            }
            return box
        } catch let e as CaseError {
            throw e
        } catch {
            throw .sealing("could not wrap a data key: \(error)")
        }
    }

    private func unwrap(_ sealed: SealedIdentity) throws(CaseError) -> SymmetricKey {
        let kek = try keyring.key(sealed.keyID)
        do {
            let bytes = try AES.GCM.open(
                AES.GCM.SealedBox(combined: sealed.wrappedKey), using: kek, authenticating: Data("guidepost-data-key:\(sealed.keyID)".utf8))
            return SymmetricKey(data: bytes)
        } catch {
            throw .sealing("a data key under '\(sealed.keyID)' does not open: the record was altered or the key file is wrong")
        }
    }
}
