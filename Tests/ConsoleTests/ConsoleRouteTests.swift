import Console
import Foundation
import GuidepostCore
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import HummingbirdWSTesting
import HummingbirdWebSocket
import HummingbirdWSClient
import NIOCore
import Pipeline
import Testing

/// The console's HTTP routes and WebSocket on a live server (loopback): sign-in, each role
/// refused what it may not do, bad requests answered 4xx with a message and changing nothing.
@Suite(.timeLimit(.minutes(5)))
struct ConsoleRouteTests {
    static let password = "correct horse battery"
    /// Accounts hashed once (a cheap scrypt cost: these tests check the routes, not the KDF).
    static let accounts: ConsoleAccounts = {
        let hash = (try? PasswordHash.make(password, rounds: 1 << 10)) ?? ""
        return ConsoleAccounts(accounts: [
            .init(name: "kim", role: .watchOperator, password: hash), .init(name: "park", role: .watchCommander, password: hash),
            .init(name: "lee", role: .publicAffairs, password: hash), .init(name: "choi", role: .auditor, password: hash),
        ])
    }()

    func app(_ watch: ScriptedWatch) -> some ApplicationProtocol {
        var options = ConsoleServer.Options()
        options.port = 0
        return ConsoleServer.buildApplication(watch: watch, map: ConsoleMap(svg: "<svg/>", left: 0, top: 0, scale: 1, minX: 0, maxY: 0, width: 1, height: 1), accounts: Self.accounts, options: options)
    }

    static func body(_ s: String) -> ByteBuffer { ByteBuffer(string: s) }
    static let json: HTTPFields = [.contentType: "application/json"]

    /// Signs in and returns the Cookie header to send.
    func signIn(_ client: some TestClientProtocol, _ user: String) async throws -> HTTPFields {
        try await client.execute(uri: "/api/login", method: .post, headers: Self.json, body: Self.body(#"{"user":"\#(user)","password":"\#(Self.password)"}"#)) { r in
            #expect(r.status == .ok)
            let setCookie = r.headers[.setCookie] ?? ""
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Strict"))
            let pair = setCookie.split(separator: ";").first.map(String.init) ?? ""
            return [.cookie: pair]
        }
    }

    static func text(_ r: TestResponse) -> String { String(buffer: r.body) }

    @Test func signInRefusesWrongPasswordAndUnknownAccount() async throws {
        try await app(ScriptedWatch()).test(.live) { client in
            for body in [#"{"user":"kim","password":"wrong password"}"#, #"{"user":"nobody","password":"correct horse battery"}"#] {
                try await client.execute(uri: "/api/login", method: .post, headers: Self.json, body: Self.body(body)) { r in
                    #expect(r.status == .unauthorized)
                    #expect(r.headers[.setCookie] == nil)
                }
            }
        }
    }

    @Test func everyDataRouteNeedsASession() async throws {
        try await app(ScriptedWatch()).test(.live) { client in
            for (uri, method) in [("/api/frame", HTTPRequest.Method.get), ("/api/me", .get), ("/api/map", .get), ("/map.svg", .get), ("/api/events", .get),
                ("/api/incidents/I-1/reports", .get), ("/api/alerts/A1/answer", .post), ("/api/incidents/I-1/approve", .post)]
            {
                try await client.execute(uri: uri, method: method, headers: Self.json, body: method == .post ? Self.body(#"{"answer":"acknowledge"}"#) : nil) { r in
                    #expect(r.status == .unauthorized, "\(uri)")
                    #expect(Self.text(r).contains("sign in"), "\(uri)")
                }
            }
            // A forged cookie is no session.
            try await client.execute(uri: "/api/frame", method: .get, headers: [.cookie: "gp_session=00ff"]) { r in #expect(r.status == .unauthorized) }
            // The page itself loads (it shows the sign-in form).
            try await client.execute(uri: "/", method: .get) { r in
                #expect(r.status == .ok)
                #expect(Self.text(r).contains("login-form"))
            }
        }
    }

    @Test func eachRoleIsRefusedWhatItMayNotDo() async throws {
        let watch = ScriptedWatch()
        try await app(watch).test(.live) { client in
            let op = try await signIn(client, "kim"), press = try await signIn(client, "lee"), audit = try await signIn(client, "choi")
            // The operator may not approve dispatch nor read the log.
            try await client.execute(uri: "/api/incidents/I-1/approve", method: .post, headers: op + Self.json, body: Self.body("{}")) { r in
                #expect(r.status == .forbidden)
                #expect(Self.text(r).contains("watch-operator may not approve dispatch"))
            }
            try await client.execute(uri: "/api/events", method: .get, headers: op) { r in #expect(r.status == .forbidden) }
            // Public affairs and the auditor may not answer alerts.
            for who in [press, audit] {
                try await client.execute(uri: "/api/alerts/A1/answer", method: .post, headers: who + Self.json, body: Self.body(#"{"answer":"acknowledge"}"#)) { r in
                    #expect(r.status == .forbidden)
                }
                try await client.execute(uri: "/api/incidents/I-1/approve", method: .post, headers: who + Self.json, body: Self.body("{}")) { r in
                    #expect(r.status == .forbidden)
                }
            }
            #expect(await watch.decisions.isEmpty)
            // Public affairs sees incidents' states, no track, alert, team, route or timeline; only the press statement.
            try await client.execute(uri: "/api/frame", method: .get, headers: press) { r in
                let f = try JSONDecoder().decode(WatchFrame.self, from: Data(r.body.readableBytesView))
                #expect(f.tracks.isEmpty && f.alerts.isEmpty && f.teams.isEmpty && f.blueForce.isEmpty)
                #expect(f.incidents.map(\.state) == ["assessed"])
                #expect(f.incidents.allSatisfy { $0.proposal == nil && $0.route == nil && $0.timeline.isEmpty })
            }
            try await client.execute(uri: "/api/incidents/I-1/reports", method: .get, headers: press) { r in
                #expect(Self.text(r) == #"["I-1-press-statement"]"#)
            }
            try await client.execute(uri: "/api/incidents/I-1/reports/I-1-after-action.md", method: .get, headers: press) { r in #expect(r.status == .notFound) }
            try await client.execute(uri: "/api/incidents/I-1/reports/I-1-after-action.html", method: .get, headers: press) { r in #expect(r.status == .notFound) }
            // The auditor sees everything and reads the log.
            try await client.execute(uri: "/api/frame", method: .get, headers: audit) { r in
                let f = try JSONDecoder().decode(WatchFrame.self, from: Data(r.body.readableBytesView))
                #expect(f.tracks.map(\.id) == ["T3"])
            }
            try await client.execute(uri: "/api/events", method: .get, headers: audit) { r in #expect(r.status == .ok) }
        }
    }

    @Test func reportsAreReadAsAPageAndDownloadedAsMarkdown() async throws {
        let watch = ScriptedWatch()
        try await app(watch).test(.live) { client in
            let op = try await signIn(client, "kim")
            try await client.execute(uri: "/api/incidents/I-1/reports/I-1-press-statement.html", method: .get, headers: op) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "text/html; charset=utf-8")
                // No script runs in a report page, whatever it says.
                #expect(r.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none'") == true)
                let page = Self.text(r)
                #expect(page.contains("<h1>Press statement</h1>"))
                #expect(page.contains("crossed &lt;the line&gt; &amp; was secured"))
            }
            try await client.execute(uri: "/api/incidents/I-1/reports/I-1-press-statement.md", method: .get, headers: op) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentDisposition] == #"attachment; filename="I-1-press-statement.md""#)
                #expect(Self.text(r).hasPrefix("# Press statement\n"))
            }
            for bad in ["I-1-press-statement", "I-1-press-statement.txt", "I-1-nothing.html"] {
                try await client.execute(uri: "/api/incidents/I-1/reports/\(bad)", method: .get, headers: op) { r in #expect(r.status == .notFound) }
            }
            try await client.execute(uri: "/api/incidents/I-9/reports/I-9-press-statement.html", method: .get, headers: op) { r in
                #expect(r.status == .notFound)
                #expect(Self.text(r).contains("no incident I-9"))
            }
        }
    }

    @Test func onlyTheCommanderChangesTheLiveClockAndOnlyItsSpeed() async throws {
        let watch = ScriptedWatch()
        try await app(watch).test(.live) { client in
            let op = try await signIn(client, "kim"), cmd = try await signIn(client, "park"), audit = try await signIn(client, "choi")
            for who in [op, audit] {
                try await client.execute(uri: "/api/playback", method: .post, headers: who + Self.json, body: Self.body(#"{"speed":60}"#)) { r in
                    #expect(r.status == .forbidden)
                    #expect(Self.text(r).contains("may not change the live watch's clock"))
                }
            }
            try await client.execute(uri: "/api/playback", method: .post, headers: cmd + Self.json, body: Self.body(#"{"speed":60}"#)) { r in
                #expect(r.status == .ok)
                let f = try JSONDecoder().decode(WatchFrame.self, from: Data(r.body.readableBytesView))
                #expect(f.playback?.speed == 60)
            }
            // A live watch cannot be paused or moved in time; bad bodies and speeds are refused.
            for (body, status) in [
                (#"{"paused":true}"#, HTTPResponse.Status.conflict), (#"{"seek":10}"#, .conflict), (#"{"speed":-1}"#, .badRequest),
                (#"{"speed":60,"seek":10}"#, .badRequest), (#"{}"#, .badRequest), (#"{"speed":"fast"}"#, .badRequest),
            ] {
                try await client.execute(uri: "/api/playback", method: .post, headers: cmd + Self.json, body: Self.body(body)) { r in
                    #expect(r.status == status, "\(body)")
                }
            }
            #expect(await watch.controls == [.speed(60)])
        }
    }

    @Test func aReplayIsMovedByWhoeverSeesOperationsAndRefusesDecisions() async throws {
        let watch = ScriptedWatch(replay: true)
        try await app(watch).test(.live) { client in
            let op = try await signIn(client, "kim"), cmd = try await signIn(client, "park"), press = try await signIn(client, "lee"),
                audit = try await signIn(client, "choi")
            try await client.execute(uri: "/api/playback", method: .post, headers: audit + Self.json, body: Self.body(#"{"seek":3700}"#)) { r in
                #expect(r.status == .ok)
                let f = try JSONDecoder().decode(WatchFrame.self, from: Data(r.body.readableBytesView))
                #expect(f.t == 3700 && f.playback?.mode == .replay)
            }
            try await client.execute(uri: "/api/playback", method: .post, headers: op + Self.json, body: Self.body(#"{"paused":false}"#)) { r in
                #expect(r.status == .ok)
            }
            try await client.execute(uri: "/api/playback", method: .post, headers: press + Self.json, body: Self.body(#"{"seek":0}"#)) { r in
                #expect(r.status == .forbidden)
            }
            try await client.execute(uri: "/api/alerts/A1/answer", method: .post, headers: op + Self.json, body: Self.body(#"{"answer":"acknowledge"}"#)) { r in
                #expect(r.status == .conflict)
                #expect(Self.text(r).contains("replay"))
            }
            try await client.execute(uri: "/api/incidents/I-1/approve", method: .post, headers: cmd + Self.json, body: Self.body("{}")) { r in
                #expect(r.status == .conflict)
            }
            #expect(await watch.decisions.isEmpty)
            #expect(await watch.controls == [.seek(3700), .resume])
        }
    }

    @Test func badRequestsAreRefusedWithAMessageAndChangeNothing() async throws {
        let watch = ScriptedWatch()
        try await app(watch).test(.live) { client in
            let op = try await signIn(client, "kim"), cmd = try await signIn(client, "park")
            let cases: [(String, String, HTTPResponse.Status, String)] = [
                ("/api/alerts/A1/answer", "{not json", .badRequest, "not valid JSON"),
                ("/api/alerts/A1/answer", #"{"reason":"x"}"#, .badRequest, "answer is missing"),
                ("/api/alerts/A1/answer", #"{"answer":42}"#, .badRequest, "wrong type"),
                ("/api/alerts/A1/answer", #"{"answer":"shoot"}"#, .badRequest, "acknowledge, dismiss or escalate"),
                ("/api/alerts/A1/answer", #"{"answer":"approve-dispatch"}"#, .badRequest, "acknowledge, dismiss or escalate"),
                ("/api/alerts/A1/answer", #"{"answer":"dismiss"}"#, .badRequest, "needs a reason"),
                ("/api/alerts/A99/answer", #"{"answer":"acknowledge"}"#, .notFound, "no alert A99"),
                ("/api/alerts/A2/answer", #"{"answer":"acknowledge"}"#, .conflict, "already dismissed"),
                ("/api/alerts/A1/answer", "{\"answer\":\"dismiss\",\"reason\":\"" + String(repeating: "x", count: 70_000) + "\"}", .contentTooLarge, "larger than 64 KiB"),
            ]
            for (uri, body, status, message) in cases {
                try await client.execute(uri: uri, method: .post, headers: op + Self.json, body: Self.body(body)) { r in
                    #expect(r.status == status, "\(body.prefix(60))")
                    #expect(Self.text(r).contains(message), "\(Self.text(r).prefix(200))")
                }
            }
            try await client.execute(uri: "/api/incidents/I-9/approve", method: .post, headers: cmd + Self.json, body: Self.body("{}")) { r in
                #expect(r.status == .notFound)
            }
            #expect(await watch.decisions.isEmpty)
            // A good answer gets through with who gave it.
            try await client.execute(uri: "/api/alerts/A1/answer", method: .post, headers: op + Self.json, body: Self.body(#"{"answer":"acknowledge","reason":"a man on the camera"}"#)) { r in
                #expect(r.status == .ok)
            }
            try await client.execute(uri: "/api/incidents/I-1/approve", method: .post, headers: cmd + Self.json, body: Self.body("{}")) { r in
                #expect(r.status == .ok)
                let f = try JSONDecoder().decode(WatchFrame.self, from: Data(r.body.readableBytesView))
                #expect(f.incidents.first?.state == "guiding")
            }
            #expect(await watch.decisions == [
                .init(user: "kim", role: "watch-operator", what: "acknowledge", target: "A1", reason: "a man on the camera"),
                .init(user: "park", role: "watch-commander", what: "approve-dispatch", target: "I-1", reason: ""),
            ])
        }
    }

    @Test func theWebSocketStreamsFramesToASignedInClientOnly() async throws {
        try await app(ScriptedWatch()).test(.live) { client in
            let press = try await signIn(client, "lee"), op = try await signIn(client, "kim")
            do {
                _ = try await client.ws("/ws") { _, _, _ in Issue.record("upgraded without a session") }
                Issue.record("the upgrade should have failed")
            } catch {}
            for (who, tracks) in [(op, 1), (press, 0)] {
                _ = try await client.ws("/ws", configuration: .init(maxFrameSize: 1 << 20, additionalHeaders: who)) { inbound, _, _ in
                    var messages = inbound.messages(maxSize: 1 << 20).makeAsyncIterator()
                    let message = try await messages.next()
                    guard let message, case .text(let text) = message else {
                        Issue.record("no frame")
                        return
                    }
                    let f = try JSONDecoder().decode(WatchFrame.self, from: Data(text.utf8))
                    #expect(f.tracks.count == tracks)
                }
            }
        }
    }
}

extension HTTPFields {
    static func + (a: HTTPFields, b: HTTPFields) -> HTTPFields {
        var c = a
        c.append(contentsOf: b)
        return c
    }
}
