import Foundation

/// The shared secret a sender proves it holds before its lines are read: the first line of every
/// connection must be `{"feed_token": "…"}` with it. Generated at start (printed when listening
/// on loopback) or read from a file the operator keeps.
public struct FeedToken: Sendable {
    /// The secret.
    public let secret: String
    /// The shortest secret accepted from a file.
    public static let minimumLength = 16

    /// A token with `secret`.
    public init(secret: String) {
        self.secret = secret
    }

    /// A fresh random token: 32 bytes from the system's generator, in hex.
    public static func random() -> FeedToken {
        var rng = SystemRandomNumberGenerator()
        let hex = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &rng)) }.joined()
        return FeedToken(secret: hex)
    }

    /// The token in the file at `path`: its first line, without surrounding white space.
    /// - Throws: `FeedError.cannotOpen`, or `.badToken` when the line is short or holds
    ///   characters other than printable ASCII.
    public static func read(path: String) throws(FeedError) -> FeedToken {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .cannotOpen(path: path, reason: (error as NSError).localizedDescription)
        }
        let line = text.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard line.count >= minimumLength else {
            throw .badToken(path: path, reason: "\(line.count) characters, fewer than \(minimumLength)")
        }
        guard line.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && $0 != "\"" && $0 != "\\" }) else {
            throw .badToken(path: path, reason: "only printable ASCII without spaces, quotes or backslashes")
        }
        return FeedToken(secret: line)
    }

    /// The first line a sender must send.
    public var greeting: String { #"{"feed_token": "\#(secret)"}"# }

    /// Why `firstLine` does not admit its sender, or nil when it carries this token. The
    /// comparison takes the same time wherever the candidate differs.
    public func refusal(of firstLine: [UInt8]) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(firstLine)) as? [String: Any] else {
            return #"the first line must be {"feed_token": "…"}, got something that is not a JSON object"#
        }
        guard let candidate = object["feed_token"] as? String else {
            return #"the first line must be {"feed_token": "…"}; it has no feed_token"#
        }
        return matches(candidate) ? nil : "wrong feed token"
    }

    /// Whether `candidate` is the secret, in time independent of where they differ.
    public func matches(_ candidate: String) -> Bool {
        let a = Array(secret.utf8), b = Array(candidate.utf8)
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count) | (a.count == b.count ? 0 : 1)
        for i in 0..<a.count { difference |= a[i] ^ (i < b.count ? b[i] : 0) }
        return difference == 0
    }
}
