import Hummingbird

/// Reads the session cookie and puts the signed-in person in the context. Routes decide what
/// an anonymous or a wrongly-roled request gets (`ConsoleRoutes.require`).
struct SessionMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext
    static let cookie = "gp_session"
    let sessions: ConsoleSessions

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[Self.cookie]?.value, !token.isEmpty {
            context.session = await sessions.session(token)
        }
        return try await next(request, context)
    }
}
