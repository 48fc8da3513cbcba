import ArgumentParser
import TakLink

/// `guidepost serve`'s options for joining the watch to a TAK server.
struct TakOptions: ParsableArguments {
    @Option(help: "Join the watch to a TAK server: tcp://HOST:PORT (plain CoT, e.g. a TAK server's 8087) or ssl://HOST:PORT (TLS, e.g. 8089).")
    var tak: String?
    @Option(help: "This client's certificate (PEM) for an ssl:// TAK server.")
    var takCert: String?
    @Option(help: "This client's private key (PEM, unencrypted) for an ssl:// TAK server.")
    var takKey: String?
    @Option(help: "The CA certificate (PEM) that signed the TAK server's certificate.")
    var takCa: String?
    @Flag(help: "Ask for TAK protocol version 1 (protobuf) when the server offers it (XML otherwise).")
    var takProtobuf = false
    @Flag(help: "Send animal tracks to the TAK server too (as neutral; off by default).")
    var takAnimals = false
    @Flag(help: "With the simulator: publish the simulated guidance teams as their own devices' position reports, so the whole loop runs through the TAK server.")
    var takPublishTeams = false

    func validate(replay: Bool, simulated: Bool) throws {
        guard let tak else {
            if takCert != nil || takKey != nil || takCa != nil || takProtobuf || takAnimals || takPublishTeams {
                throw ValidationError("the --tak-… options go with --tak tcp://HOST:PORT or ssl://HOST:PORT")
            }
            return
        }
        if replay { throw ValidationError("a replay is a briefing, not a watch: it does not go to the field's devices (drop --tak)") }
        if takPublishTeams, !simulated { throw ValidationError("--tak-publish-teams publishes the simulator's teams: it needs the simulator, not --feed or --listen-detections") }
        let endpoint: TakEndpoint
        do { endpoint = try TakEndpoint(parsing: tak) } catch { throw ValidationError(error.description) }
        let files = [takCert, takKey, takCa].compactMap { $0 }
        switch endpoint.transport {
        case .ssl where files.count != 3:
            throw ValidationError("\(endpoint) needs --tak-cert, --tak-key and --tak-ca (TAK servers check the client's certificate)")
        case .tcp where !files.isEmpty:
            throw ValidationError("--tak-cert, --tak-key and --tak-ca go with an ssl:// server, not \(endpoint)")
        default:
            break
        }
    }

    /// The links the options ask for, nil without --tak.
    func setup() throws -> TakSetup? {
        guard let tak else { return nil }
        let endpoint = try TakEndpoint(parsing: tak)
        let files = takCert.flatMap { cert in takKey.flatMap { key in takCa.map { TakTLSFiles(certificate: cert, key: key, authority: $0) } } }
        var options = TakLinkOptions()
        options.protobuf = takProtobuf
        let link = try TakLink(endpoint: endpoint, tls: files, options: options)
        var deviceOptions = TakLinkOptions()
        deviceOptions.uid = "SIM-devices"
        let device = takPublishTeams ? try TakLink(endpoint: endpoint, tls: files, options: deviceOptions) : nil
        var mapping = WatchCoT.Options()
        mapping.animals = takAnimals
        return TakSetup(link: link, device: device, mapping: mapping)
    }
}

/// The watch's TAK links: Guidepost's own, and (with --tak-publish-teams) one standing in for
/// the simulated teams' devices.
struct TakSetup: Sendable {
    let link: TakLink
    let device: TakLink?
    let mapping: WatchCoT.Options

    func describe() -> String {
        "joining \(link.endpoint)" + (link.options.protobuf ? " (protobuf when offered)" : "")
            + (device != nil ? "; the simulated teams report their positions as their own devices" : "")
            + (mapping.animals ? "; animals included" : "")
    }

    func summary() -> String {
        let s = link.status
        var line = "TAK: \(s.connections) connection(s), \(s.outbox.sent) events sent, \(s.outbox.dropped) stale positions dropped, "
            + "\(s.outbox.resent) re-sent on reconnection; received \(s.inbox.events) (\(s.inbox.positions) team positions, "
            + "\(s.inbox.messages) messages, \(s.inbox.refused) refused)"
        if let device {
            let d = device.status
            let types = d.inbox.types.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            line += "\n  simulated team devices: \(d.outbox.sent) position reports sent; received \(types.isEmpty ? "nothing" : types)"
        }
        return line
    }
}
