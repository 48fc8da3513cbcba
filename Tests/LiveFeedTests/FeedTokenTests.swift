import Foundation
import LiveFeed
import Testing

/// Who is asking: the first line must carry the token.
@Suite struct FeedTokenTests {
    @Test func onlyTheTokenAdmits() {
        let token = FeedToken(secret: "0123456789abcdef0123")
        #expect(token.refusal(of: Array(token.greeting.utf8)) == nil)
        #expect(token.refusal(of: Array(#"{"feed_token": "0123456789abcdef0124"}"#.utf8)) == "wrong feed token")
        #expect(token.refusal(of: Array(#"{"feed_token": "0123456789abcdef012"}"#.utf8)) == "wrong feed token")
        #expect(token.refusal(of: Array(#"{"t": 1}"#.utf8))?.contains("no feed_token") == true)
        #expect(token.refusal(of: Array("hello".utf8))?.contains("not a JSON object") == true)
        #expect(FeedToken.random().secret.count == 64 && FeedToken.random().secret != FeedToken.random().secret)
    }

    @Test func aTokenFileMustHoldALongPrintableLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("token-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "  s3cret-s3cret-s3cret  \nignored\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try FeedToken.read(path: path).secret == "s3cret-s3cret-s3cret")
        try "short\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: FeedError.self) { try FeedToken.read(path: path) }
        #expect(throws: FeedError.self) { try FeedToken.read(path: path + "-missing") }
    }

    @Test func addresses() throws {
        #expect(try FeedAddress(parsing: "127.0.0.1:7010") == FeedAddress(host: "127.0.0.1", port: 7010))
        #expect(try FeedAddress(parsing: "[::1]:0") == FeedAddress(host: "::1", port: 0))
        #expect(try FeedAddress(parsing: "[::1]:0").description == "[::1]:0")
        #expect(try FeedAddress(parsing: "127.0.0.1:7010").isLoopback)
        #expect(try !FeedAddress(parsing: "0.0.0.0:7010").isLoopback)
        for bad in ["7010", "host:", ":7010", "host:70000", "[::1]7010"] {
            #expect(throws: FeedError.self, "\(bad)") { try FeedAddress(parsing: bad) }
        }
    }
}
