public import NIOSSL

/// The files a TLS link to a TAK server needs: this client's certificate and key (TAK servers
/// authenticate clients by certificate) and the CA that signed the server's certificate.
public struct TakTLSFiles: Hashable, Sendable {
    /// PEM certificate chain of this client.
    public var certificate: String
    /// PEM private key of this client (unencrypted).
    public var key: String
    /// PEM certificate(s) of the authority that signed the server's certificate.
    public var authority: String
    /// Check that the server's certificate names the host dialled (off for servers whose
    /// certificate names another host than the address used; the CA is still checked).
    public var verifyHostname: Bool

    public init(certificate: String, key: String, authority: String, verifyHostname: Bool = true) {
        self.certificate = certificate
        self.key = key
        self.authority = authority
        self.verifyHostname = verifyHostname
    }

    /// The TLS context for these files.
    /// - Throws: `TakError.badCertificate` naming the file that cannot be used.
    public func context() throws(TakError) -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        do {
            configuration.certificateChain = try NIOSSLCertificate.fromPEMFile(certificate).map { .certificate($0) }
        } catch { throw .badCertificate(path: certificate, reason: "not a readable PEM certificate (\(error))") }
        do {
            configuration.privateKey = .privateKey(try NIOSSLPrivateKey(file: key, format: .pem))
        } catch { throw .badCertificate(path: key, reason: "not a readable unencrypted PEM private key (\(error))") }
        do {
            configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(authority))
        } catch { throw .badCertificate(path: authority, reason: "not a readable PEM CA certificate (\(error))") }
        configuration.certificateVerification = verifyHostname ? .fullVerification : .noHostnameVerification
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch { throw .badCertificate(path: certificate, reason: "the certificate and key do not make a TLS context (\(error))") }
    }
}
