public import Foundation

/// A case's identity as stored: AES-GCM ciphertext under the case's own data key, and that key
/// wrapped under a key-encryption key named by `keyID` (envelope encryption). Stores keep these
/// bytes and never see a name.
public struct SealedIdentity: Hashable, Sendable, Codable {
    /// The key-encryption key that wraps `wrappedKey`.
    public var keyID: String
    /// The case's data key, sealed (AES-GCM, combined nonce + ciphertext + tag) under the key-encryption key.
    public var wrappedKey: Data
    /// The identity (JSON), sealed (AES-GCM, combined) under the data key, with the case id as
    /// authenticated data so a sealed identity moved to another case does not open.
    public var box: Data

    public init(keyID: String, wrappedKey: Data, box: Data) {
        self.keyID = keyID
        self.wrappedKey = wrappedKey
        self.box = box
    }
}
