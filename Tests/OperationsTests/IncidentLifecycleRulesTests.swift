import GuidepostCore
import Operations
import Testing

/// The incident lifecycle against rules written here from the domain (../shared/domain.md §5,
/// §7–8 and the incidents docs/incident-lifecycle.md cites), NOT read from
/// `IncidentTransition.table`: each (state, event) pair is judged by a rule below, and the
/// machine must refuse every forbidden one and accept every allowed one into the state the
/// rule names. The incidents are driven into each state along fixed paths written here too, so
/// a wrong row in the table cannot also bend the way the test reaches its states.
@Suite struct IncidentLifecycleRulesTests {
    /// What the domain says of an event in a state.
    enum Verdict: Equatable {
        case allowed(IncidentState)
        case forbidden(String)
        /// The domain does not decide; the table may go either way.
        case open
    }

    /// Before custody, the person is somewhere in the field; an operation may be on.
    static let beforeCustody: Set<IncidentState> = [.detected, .tracking, .assessed, .guiding]
    /// In our hands, not yet handed to the agencies.
    static let inCustody: Set<IncidentState> = [.secured, .questioning, .intentConfirmed]

    /// The rules, in the domain's words.
    static func rule(_ s: IncidentState, _ e: IncidentEventName) -> Verdict {
        if s == .closed { return .forbidden("a closed incident takes no more events") }
        // Issue 20: an incident handed across to the neighbouring sector is that sector's now;
        // the copy left behind takes nothing but the person coming back.
        if s == .transferred {
            return e == .receivedAcross ? .allowed(.tracking) : .forbidden("the neighbouring sector follows the person now")
        }
        switch e {
        case .handedAcross:
            // Only a person followed in the field walks into the next sector; a team out keeps
            // its person (the operation is not handed across), and nobody in custody walks on.
            return [.tracking, .assessed].contains(s) ? .allowed(.transferred) : .forbidden("only a person followed before any operation is handed across")
        case .receivedAcross:
            // Taken on fresh (a new copy), or back.
            return s == .detected ? .allowed(.tracking) : .forbidden("only a new copy or one handed across is taken on")
        case .trackConfirmed:
            // A track is confirmed once, on first sighting; a lost person is reacquired, not confirmed anew.
            return s == .detected ? .allowed(.tracking) : .forbidden("a track is confirmed only on a new sighting")
        case .assessed:
            // Judged a person crossing (not an animal) from the sighting or the track, before anyone is sent.
            return [.detected, .tracking].contains(s) ? .allowed(.assessed) : .forbidden("assessment comes before guidance and custody")
        case .guidanceDispatched:
            // No team goes out for an unassessed track (it may be a boar), nor for a lost one.
            return s == .assessed ? .allowed(.guiding) : .forbidden("a team is sent only for an assessed person")
        case .contactMade:
            // "We are the ROK Army": only a team that was sent can meet the person.
            return s == .guiding ? .allowed(.guiding) : .forbidden("no contact without a team out")
        case .custodySecured:
            if inCustody.contains(s) || s == .handedOver { return .forbidden("already in custody") }
            if s == .retreated { return .forbidden("the person is back north") }
            if s == .bodyRecovered { return .forbidden("nobody to take into custody") }
            // 2012 knock (no track), 2020-11 (found after being lost), 2017 JSA (after evacuation).
            return .allowed(.secured)
        case .questioningStarted:
            return s == .secured ? .allowed(.questioning) : .forbidden("questioning only after custody, once")
        case .intentStated:
            // The stated intent (defect or return) is what questioning establishes.
            return s == .questioning ? .allowed(.intentConfirmed) : .forbidden("intent is stated in questioning")
        case .handedOver:
            // To the agency the intent decides (NIS for a defector; UNC/MOU for a return).
            return s == .intentConfirmed ? .allowed(.handedOver) : .forbidden("hand-over needs a confirmed intent")
        case .trackLost:
            if beforeCustody.contains(s) { return .allowed(.lost) }
            return .forbidden("a person in custody, gone north, hurt or dead is not a lost track")
        case .trackReacquired:
            return s == .lost ? .allowed(.tracking) : .forbidden("only a lost track is reacquired")
        case .crossedBackNorth:
            if beforeCustody.contains(s) || s == .lost { return .allowed(.retreated) }  // 2022-01-01
            if s == .casualty { return .open }
            return .forbidden("a person in custody is handed back, not seen crossing north")
        case .casualty:
            if beforeCustody.contains(s) { return .allowed(.casualty) }  // 2017 JSA: shots before any track
            if s == .lost { return .open }
            return .forbidden("a casualty is declared only while the person is in the field")
        case .bodyFound:
            if [.detected, .tracking, .lost, .casualty].contains(s) { return .allowed(.bodyRecovered) }  // 2019 Imjin
            if [.assessed, .guiding].contains(s) { return .open }
            return .forbidden("a person in custody or gone north is not found dead in the field")
        case .closed:
            // Closed only when nothing is left to do: handed over, gone north, body recovered, or a
            // search given up. Never with a person in custody not yet handed over, never during
            // an operation or an evacuation.
            if [.handedOver, .retreated, .bodyRecovered, .lost].contains(s) { return .allowed(.closed) }
            return .forbidden("an incident with a person in our hands or an operation under way stays open")
        }
    }

    /// How each state is reached, written out (not searched in the table).
    static let paths: [IncidentState: [IncidentEvent]] = [
        .detected: [],
        .tracking: [.trackConfirmed(track: "T1")],
        .assessed: [.trackConfirmed(track: "T1"), .assessed(summary: "person")],
        .guiding: [.trackConfirmed(track: "T1"), .assessed(summary: "person"), .guidanceDispatched(team: "team-1")],
        .secured: [.custodySecured],
        .questioning: [.custodySecured, .questioningStarted],
        .intentConfirmed: [.custodySecured, .questioningStarted, .intentStated(.defect)],
        .handedOver: [.custodySecured, .questioningStarted, .intentStated(.defect), .handedOver(agency: "NIS")],
        .closed: [.custodySecured, .questioningStarted, .intentStated(.defect), .handedOver(agency: "NIS"), .closed(reason: "done")],
        .lost: [.trackConfirmed(track: "T1"), .trackLost],
        .retreated: [.trackConfirmed(track: "T1"), .crossedBackNorth],
        .casualty: [.casualty(detail: "mine")],
        .bodyRecovered: [.bodyFound],
        .transferred: [.trackConfirmed(track: "T1"), .handedAcross(to: "imjin")],
    ]

    static func sample(_ name: IncidentEventName) -> IncidentEvent {
        switch name {
        case .trackConfirmed: .trackConfirmed(track: "T7")
        case .assessed: .assessed(summary: "a person heading south")
        case .guidanceDispatched: .guidanceDispatched(team: "team-2")
        case .contactMade: .contactMade
        case .custodySecured: .custodySecured
        case .questioningStarted: .questioningStarted
        case .intentStated: .intentStated(.return)
        case .handedOver: .handedOver(agency: "UNC")
        case .trackLost: .trackLost
        case .trackReacquired: .trackReacquired(track: "T8")
        case .crossedBackNorth: .crossedBackNorth
        case .casualty: .casualty(detail: "gunshot")
        case .bodyFound: .bodyFound
        case .closed: .closed(reason: "over")
        case .handedAcross: .handedAcross(to: "imjin")
        case .receivedAcross: .receivedAcross(from: "cheorwon")
        }
    }

    static func incident(in state: IncidentState) throws -> Incident {
        var incident = Incident(id: "I-9", openedAt: 0)
        for (i, event) in try #require(paths[state]).enumerated() { _ = try incident.handle(event, at: Double(i + 1)) }
        #expect(incident.state == state, "the path to \(state) ends in \(incident.state)")
        return incident
    }

    @Test func thePathsReachEveryState() throws {
        #expect(Set(Self.paths.keys) == Set(IncidentState.allCases))
        for state in IncidentState.allCases { _ = try Self.incident(in: state) }
    }

    @Test(arguments: IncidentState.allCases)
    func everyForbiddenEventIsRefusedAndEveryAllowedOneLeadsWhereTheRuleSays(_ state: IncidentState) throws {
        let before = try Self.incident(in: state)
        for name in IncidentEventName.allCases {
            var incident = before
            let verdict = Self.rule(state, name)
            let result = Result { () throws(IncidentError) in try incident.handle(Self.sample(name), at: 100) }
            switch (verdict, result) {
            case (.forbidden(let why), .success):
                Issue.record("\(state) --\(name.rawValue)--> \(incident.state) was accepted; the rule forbids it: \(why)")
            case (.forbidden, .failure(let error)):
                #expect(error == .transitionNotAllowed(from: state, event: name))
                #expect(incident == before, "refusing \(name.rawValue) in \(state) changed the incident")
            case (.allowed(let to), .success):
                #expect(incident.state == to, "\(state) --\(name.rawValue)--> \(incident.state); the rule says \(to)")
                #expect(incident.version == before.version + 1)
            case (.allowed(let to), .failure(let error)):
                Issue.record("\(state) --\(name.rawValue)--> was refused (\(error)); the rule leads it to \(to)")
            case (.open, _):
                break
            }
        }
    }

    @Test func theRulesLeaveLittleOpen() {
        // The oracle decides almost every pair (so it is not a rubber stamp): at most 4 open.
        var open = 0, forbidden = 0, allowed = 0
        for s in IncidentState.allCases {
            for e in IncidentEventName.allCases {
                switch Self.rule(s, e) {
                case .open: open += 1
                case .forbidden: forbidden += 1
                case .allowed: allowed += 1
                }
            }
        }
        #expect(open <= 4)
        #expect(forbidden > 100 && allowed > 30)
    }

    /// The named forbidden transitions the issue and the domain care most about, spelt out.
    static let namedForbidden: [(IncidentState, IncidentEventName)] = [
        (.detected, .contactMade),  // no contact without a team
        (.tracking, .contactMade), (.assessed, .contactMade), (.lost, .contactMade),
        (.tracking, .guidanceDispatched),  // no team for an unassessed track
        (.detected, .questioningStarted),  // no questioning before custody
        (.guiding, .questioningStarted),
        (.guiding, .closed),  // no closing during an operation
        (.secured, .closed),  // nor with the person in custody, not handed over
        (.questioning, .closed), (.intentConfirmed, .closed), (.casualty, .closed),
        (.secured, .handedOver),  // no hand-over before the intent is known
        (.retreated, .custodySecured),  // gone north
        (.secured, .crossedBackNorth),  // in custody
        (.handedOver, .trackLost),
    ]

    @Test(arguments: namedForbidden)
    func namedForbiddenTransitionsAreRefused(state: IncidentState, event: IncidentEventName) throws {
        guard case .forbidden = Self.rule(state, event) else {
            Issue.record("the rule does not forbid \(event.rawValue) in \(state)")
            return
        }
        var incident = try Self.incident(in: state)
        #expect(throws: IncidentError.transitionNotAllowed(from: state, event: event)) {
            _ = try incident.handle(Self.sample(event), at: 100)
        }
    }
}
