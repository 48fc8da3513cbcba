import Foundation
import Hummingbird
import HummingbirdWebSocket
import NIOCore
import Operations
import Pipeline

/// Every route of the console. Each checks who is asking before it does anything: no session
/// is 401, a role without the right is 403, a bad body 400, an unknown id 404, a decision the
/// watch refuses 409 — each with a message saying what to do — and none of them changes
/// anything.
struct ConsoleRoutes<Watch: WatchControl>: Sendable {
    let watch: Watch
    let map: ConsoleMap
    let accounts: ConsoleAccounts
    let sessions: ConsoleSessions
    let options: ConsoleServer.Options

    func add(to router: Router<ConsoleContext>) {
        router.get("/") { _, _ in try Self.asset("index.html", type: "text/html; charset=utf-8") }
        router.get("/console.js") { _, _ in try Self.asset("console.js", type: "text/javascript; charset=utf-8") }
        router.get("/console.css") { _, _ in try Self.asset("console.css", type: "text/css; charset=utf-8") }
        router.post("/api/login") { request, context in try await login(request, context) }
        router.post("/api/logout") { request, _ in await logout(request) }
        router.get("/api/me") { _, context in
            let s = try Self.require(context)
            return try Self.json(Me(user: s.user, role: s.role.rawValue, may: Me.Rights(s.role)))
        }
        router.get("/map.svg") { _, context in
            _ = try Self.require(context)
            return Response(
                status: .ok, headers: [.contentType: "image/svg+xml"], body: .init(byteBuffer: ByteBuffer(string: map.svg)))
        }
        router.get("/api/map") { _, context in
            _ = try Self.require(context)
            return try Self.json(map)
        }
        router.get("/api/frame") { _, context in
            let s = try Self.require(context)
            return try Self.json(FrameFilter.view(await watch.current(), for: s.role))
        }
        router.post("/api/alerts/{id}/answer") { request, context in
            let s = try Self.require(context, \.answersAlerts, "answer alerts (watch operators and commanders do)")
            let id = try context.parameters.require("id")
            let body = try await Self.decode(AnswerBody.self, request, context)
            guard let answer = OperatorDecision.Answer(rawValue: body.answer), answer != .approveDispatch else {
                throw HTTPError(.badRequest, message: "answer must be acknowledge, dismiss or escalate (got \(Self.clip(body.answer)))")
            }
            return try await decided(as: s.role) { () async throws(WatchError) -> WatchFrame in
                try await watch.answer(alert: id, answer, by: s.user, role: s.role.rawValue, reason: body.reason ?? "")
            }
        }
        router.post("/api/incidents/{id}/approve") { request, context in
            let s = try Self.require(context, \.approvesDispatch, "approve dispatch (the watch commander does)")
            let id = try context.parameters.require("id")
            let body = try await Self.decode(ApproveBody.self, request, context)
            return try await decided(as: s.role) { () async throws(WatchError) -> WatchFrame in
                try await watch.approveDispatch(incident: id, by: s.user, role: s.role.rawValue, reason: body.reason ?? "")
            }
        }
        router.get("/api/events") { request, context in
            _ = try Self.require(context, \.readsLog, "read the log (commanders and auditors do)")
            let after = request.uri.queryParameters.get("after", as: Int.self) ?? 0
            let limit = min(request.uri.queryParameters.get("limit", as: Int.self) ?? 500, 5000)
            let events: [OperationsEvent]
            do throws(WatchError) { events = try await watch.events(after: after, limit: limit) } catch {
                throw HTTPError(.serviceUnavailable, message: error.description)
            }
            return try Self.json(events)
        }
        router.get("/api/incidents/{id}/reports") { _, context in
            let s = try Self.require(context)
            let id = try context.parameters.require("id")
            return try Self.json(try await reports(id, role: s.role).keys.sorted())
        }
        router.get("/api/incidents/{id}/reports/{name}") { _, context in
            let s = try Self.require(context)
            let id = try context.parameters.require("id")
            let file = try context.parameters.require("name")
            let format = file.hasSuffix(".html") ? "html" : file.hasSuffix(".md") ? "md" : ""
            guard !format.isEmpty else {
                throw HTTPError(.notFound, message: "ask for a report as NAME.md (Markdown, to download) or NAME.html (to read), got \(Self.clip(file))")
            }
            let name = String(file.dropLast(format.count + 1))
            guard let document = try await reports(id, role: s.role)[name] else {
                throw HTTPError(.notFound, message: "no report \(Self.clip(name)) for incident \(Self.clip(id)) that your role may read")
            }
            if format == "md" {
                return Response(
                    status: .ok,
                    headers: [.contentType: "text/markdown; charset=utf-8", .contentDisposition: "attachment; filename=\"\(name).md\""],
                    body: .init(byteBuffer: ByteBuffer(string: document.markdown)))
            }
            // Our own page (escaped text, our SVG): no script may run in it, whatever a report says.
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/html; charset=utf-8", .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
                    .cacheControl: "no-store",
                ],
                body: .init(byteBuffer: ByteBuffer(string: document.html)))
        }
        router.post("/api/playback") { request, context in
            let s = try Self.require(context)
            let body = try await Self.decode(PlaybackBody.self, request, context)
            let command = try body.command()
            let mode = await watch.current().playback?.mode ?? .live
            if mode == .live {
                guard s.role.approvesDispatch else { throw HTTPError(.forbidden, message: "\(s.role.rawValue) may not change the live watch's clock (the watch commander does)") }
            } else {
                guard s.role.seesOperations else { throw HTTPError(.forbidden, message: "\(s.role.rawValue) may not move the replay (it is shown to your role without tracks)") }
            }
            return try await decided(as: s.role) { () async throws(WatchError) -> WatchFrame in try await watch.playback(command) }
        }
        router.ws("/ws") { _, context in
            context.session == nil ? .dontUpgrade : .upgrade([:])
        } onUpgrade: { inbound, outbound, context in
            guard let session = context.requestContext.session else { return }
            try await ConsoleStream.serve(watch: watch, role: session.role, buffer: options.clientBuffer, inbound: inbound, outbound: outbound)
        }
    }

    // MARK: Handlers

    func login(_ request: Request, _ context: ConsoleContext) async throws -> Response {
        let body = try await Self.decode(LoginBody.self, request, context)
        guard let account = accounts.account(body.user), PasswordHash.verify(body.password, against: account.password) else {
            throw HTTPError(.unauthorized, message: "unknown account or wrong password")
        }
        let token = await sessions.start(account)
        var response = try Self.json(Me(user: account.name, role: account.role.rawValue, may: Me.Rights(account.role)))
        response.setCookie(
            Cookie(name: SessionMiddleware.cookie, value: token, maxAge: 12 * 3600, path: "/", secure: options.secureCookie, httpOnly: true, sameSite: .strict))
        return response
    }

    func logout(_ request: Request) async -> Response {
        // The session ends before the answer goes out: a request racing the sign-out is refused.
        if let token = request.cookies[SessionMiddleware.cookie]?.value { await sessions.end(token) }
        var response = Response(status: .noContent)
        response.setCookie(Cookie(name: SessionMiddleware.cookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
        return response
    }

    func reports(_ id: String, role: ConsoleRole) async throws -> [String: ReportDocument] {
        let all: [String: ReportDocument]
        do throws(WatchError) { all = try await watch.reports(incident: id) } catch {
            if case .unknownIncident = error { throw HTTPError(.notFound, message: error.description) }
            throw HTTPError(.serviceUnavailable, message: error.description)
        }
        // Public affairs reads the press statement only.
        return role.seesOperations ? all : all.filter { $0.key.hasSuffix("-press-statement") }
    }

    func decided(as role: ConsoleRole, _ act: () async throws(WatchError) -> WatchFrame) async throws -> Response {
        let frame: WatchFrame
        do throws(WatchError) { frame = try await act() } catch {
            switch error {
            case .refused(let e):
                switch e {
                case .unknownAlert, .unknownIncident: throw HTTPError(.notFound, message: e.description)
                case .reasonRequired: throw HTTPError(.badRequest, message: e.description)
                default: throw HTTPError(.conflict, message: e.description)
                }
            case .unknownIncident, .unknown: throw HTTPError(.notFound, message: error.description)
            case .elsewhere: throw HTTPError(.conflict, message: error.description)
            case .store, .replayDiverged: throw HTTPError(.serviceUnavailable, message: error.description)
            case .replayOnly, .notReplay: throw HTTPError(.conflict, message: error.description)
            case .badPlayback: throw HTTPError(.badRequest, message: error.description)
            }
        }
        return try Self.json(FrameFilter.view(frame, for: role))
    }

    // MARK: Helpers

    /// The signed-in person, or 401.
    static func require(_ context: ConsoleContext) throws -> ConsoleSessions.Session {
        guard let s = context.session else { throw HTTPError(.unauthorized, message: "sign in first (POST /api/login)") }
        return s
    }

    /// The signed-in person if their role has `right`, else 401 or 403 naming what is refused.
    static func require(_ context: ConsoleContext, _ right: KeyPath<ConsoleRole, Bool>, _ what: String) throws -> ConsoleSessions.Session {
        let s = try require(context)
        guard s.role[keyPath: right] else { throw HTTPError(.forbidden, message: "\(s.role.rawValue) may not \(what)") }
        return s
    }

    /// Decodes a JSON body of at most `maxUploadSize` bytes, or 413 / 400 with what is wrong.
    static func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ context: ConsoleContext) async throws -> T {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: context.maxUploadSize) } catch {
            throw HTTPError(.contentTooLarge, message: "the request body is larger than \(context.maxUploadSize / 1024) KiB")
        }
        do { return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView)) } catch let error as DecodingError {
            throw HTTPError(.badRequest, message: "the body is not the JSON expected: \(describe(error))")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "field \(key.stringValue) is missing"
        case .typeMismatch(_, let c), .valueNotFound(_, let c):
            "field \(c.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type"
        case .dataCorrupted(let c):
            c.codingPath.isEmpty ? "it is not valid JSON" : "field \(c.codingPath.map(\.stringValue).joined(separator: ".")) is not valid"
        @unknown default: "it cannot be read"
        }
    }

    /// At most 80 characters of something a client sent, for an error message.
    static func clip(_ s: String) -> String { s.count <= 80 ? s : String(s.prefix(80)) + "…" }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(value)
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func asset(_ name: String, type: String) throws -> Response {
        guard let text = ConsoleAssets.text(name) else { throw HTTPError(.notFound, message: "no \(name) in this build") }
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    // MARK: Bodies

    struct LoginBody: Decodable {
        var user: String
        var password: String
    }

    struct AnswerBody: Decodable {
        var answer: String
        var reason: String?
    }

    struct ApproveBody: Decodable {
        var reason: String?
    }

    /// One clock control: `{"speed": 60}`, `{"paused": true}`, or `{"seek": 3700}`.
    struct PlaybackBody: Decodable {
        var speed: Double?
        var paused: Bool?
        var seek: Double?

        func command() throws -> PlaybackCommand {
            switch (speed, paused, seek) {
            case (let v?, nil, nil): return .speed(v)
            case (nil, let p?, nil): return p ? .pause : .resume
            case (nil, nil, let t?): return .seek(t)
            default: throw HTTPError(.badRequest, message: "send exactly one of speed (a number), paused (true or false) or seek (seconds)")
            }
        }
    }

    struct Me: Encodable {
        var user: String
        var role: String
        var may: Rights

        struct Rights: Encodable {
            var answer: Bool
            var approve: Bool
            var operations: Bool
            var log: Bool

            init(_ role: ConsoleRole) {
                answer = role.answersAlerts
                approve = role.approvesDispatch
                operations = role.seesOperations
                log = role.readsLog
            }
        }
    }
}
