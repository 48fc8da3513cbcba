import Border
import Guidance
import GuidepostCore

extension OperationsEngine {
    /// Plans and dispatches guidance for incident `k` when it is due: an assessed incident gets
    /// a team; a guided one is re-planned when the person has moved. Inside the DMZ by day the
    /// team goes out only if the routes stay out of KPA view, else it waits for darkness; a
    /// person north of the MDL band is waited for. Armed KPA soldiers south of the MDL get a
    /// warning, not a team.
    mutating func guide(_ k: Int, at t: Double, into out: inout StepResult) {
        let state = cases[k].incident.state
        guard state == .assessed || state == .guiding, t >= cases[k].nextPlanAttempt, t - cases[k].lastSeen <= 120 else { return }
        let person = cases[k].lastPosition
        // Armed KPA soldiers seen south of the MDL, and no lone person among the case's views
        // (a defector whose pursuers' alert joined his incident still gets his team).
        let views = cases[k].alerts.map { policy.alerts[$0] }
        if views.contains(where: { $0.camera == .kpaParty && $0.lastD <= 0 }) { cases[k].armedParty = true }
        if state == .assessed, cases[k].armedParty, !views.contains(where: { $0.camera == .shows(.human) }) {
            return warnOff(k, at: t, into: &out)
        }
        // A proposal awaiting the commander stands until the person has moved away from it.
        if state == .assessed, let p = cases[k].proposal,
            person.distance(to: p.from) <= configuration.replanDistance || t - p.plan.t < configuration.replanInterval
        {
            return
        }
        if state == .guiding {
            guard let from = cases[k].plannedFrom, let at = cases[k].plannedAt,
                person.distance(to: from) > configuration.replanDistance, t - at >= configuration.replanInterval
            else { return }
        }
        let c = border.line.alongBorder(person)
        guard c.d <= border.band.offsets(at: c.s).northern else { return wait(k, at: t) }
        let insideDMZ = c.d > -BorderModel.dmzHalfWidth
        // A second person close to an operation under way is that team's (a companion or a pursuer).
        let busy = cases.indices.contains { j in
            j != k && cases[j].incident.state == .guiding && cases[j].lastPosition.distance(to: person) <= configuration.operationSpacing
        }
        if busy, state == .assessed { return wait(k, at: t) }
        var candidates: [Int] = []
        if let j = team(for: k, near: person) { candidates.append(j) }
        if cases[k].team == nil, let j = postTeam(near: person), !candidates.contains(j) { candidates.append(j) }
        var result: GuidePlanner.Result?
        var failures: [String] = []
        var teamIndex = 0
        var signaller: Int?
        var reception = person
        search: for j in candidates {
            teamIndex = j
            // The team's own post is the nearest safe place it knows; then the GOP posts.
            for candidate in [teams[j].base] + receptionPoints(near: person) {
                do {
                    result = try plan(from: teams[j].origin(at: t), person: person, reception: candidate, at: t)
                    reception = candidate
                    break search
                } catch {
                    let why = "\(teams[j].name): \(error.description)"
                    if !failures.contains(why) { failures.append(why) }  // each reception point fails alike
                }
            }
            // A team close by that cannot route to the person holds its post and signals rather
            // than hand over to a team from far away.
            if teams[j].base.distance(to: person) <= configuration.signallingRange {
                signaller = j
                break
            }
        }
        guard let result else {
            let why = failures.isEmpty ? "no team and no manned GOP post to receive the person" : failures.joined(separator: "; ")
            out.events.append(log.event(t: t, incident: cases[k].incident.id, .note("guidance not planned: \(why)")))
            // No safe route, but a team close by: it holds its post and signals the person in
            // (2024-08-08: light signals across the Han estuary's tidal flat).
            if state == .assessed, let j = signaller {
                let id = cases[k].incident.id
                teams[j].incident = id
                cases[k].team = teams[j].name
                cases[k].plannedFrom = person
                cases[k].plannedAt = t
                cases[k].dispatchedAt = t
                out.commands.append(.dispatch(team: teams[j].name, route: [teams[j].base], person: person, incident: id))
                out.events.append(log.event(t: t, incident: id, .note(
                    "\(teams[j].name) holds its post \(Int(teams[j].base.distance(to: person).rounded())) m away and signals the person in")))
                transition(k, .guidanceDispatched(team: teams[j].name), at: t, into: &out)
                return
            }
            return wait(k, at: t)
        }
        let team = teams[teamIndex]
        // A team placed north of the MDL's southern candidate line (a wrong report, or a team
        // where it must not be): its route was planned from the nearest point south (issue 19).
        if result.teamPostNorthOfLine {
            out.events.append(log.event(t: t, incident: cases[k].incident.id, .note(
                "\(team.name) is placed north of the MDL's southern candidate line (\(team.origin(at: t) == team.base ? "its post" : "its report")); "
                    + "its route is planned from the nearest point south of the line: check the team's position")))
        }
        // Inside the DMZ, go only if the operation is over before daylight, or neither walk is
        // long in KPA view by day; else wait for darkness (`GuidingWindow`; 2025-07-03 waited
        // for the night; 2025-10-19 went at once, near its GP).
        if insideDMZ, state == .assessed, let held = heldForDaylight(result, team: team, person: person, reception: reception, at: t) {
            out.events.append(log.event(t: t, incident: cases[k].incident.id, .note(held)))
            return wait(k, at: t)
        }
        let teamRoute = result.rendezvous.teamRoute.map(result.teamSurface.centre(of:))
        let personRoute = Array(result.personRoute[result.rendezvous.meetingIndex...]).map(result.personSurface.centre(of:))
        let meeting = result.personSurface.centre(of: result.rendezvous.meeting)
        let id = cases[k].incident.id
        let plan = PlannedGuidance(
            incident: id, t: t, team: team.name, teamRoute: teamRoute, personRoute: personRoute, meeting: meeting,
            personTime: result.personReport.time, personMineRisk: result.personReport.mineRisk, personExposure: result.personReport.exposure)
        let summary = "\(team.name) from \(team.origin(at: t) == team.base ? "its post" : "where it reported itself"), \(Int(result.teamReport.length.rounded())) m to the meeting point; "
            + "person's route \(Int(result.personReport.length.rounded())) m, mine risk \(Self.percent(result.personReport.mineRisk))"
            + (failures.isEmpty ? "" : " (tried first: \(failures.joined(separator: "; ")))")
        let proposal = GuidanceProposal(plan: plan, from: person, summary: summary)
        if state == .assessed, configuration.dispatchApproval == .commander {
            let again = cases[k].proposal != nil
            cases[k].proposal = proposal
            out.events.append(log.event(t: t, incident: id, .note(
                "guidance \(again ? "re-proposed" : "proposed"), awaiting the watch commander's approval: \(summary)")))
            return
        }
        commit(proposal, k, at: t, into: &out)
    }

    /// Sends the team of `proposal` out for incident `k` (or re-routes it, when guiding): the
    /// team is taken, the plan kept, the dispatch command issued, and the incident moves to
    /// guiding on its first dispatch.
    mutating func commit(_ proposal: GuidanceProposal, _ k: Int, at t: Double, into out: inout StepResult) {
        let state = cases[k].incident.state
        let id = cases[k].incident.id
        guard let teamIndex = teams.firstIndex(where: { $0.name == proposal.plan.team }) else { return }
        var plan = proposal.plan
        plan.t = t
        teams[teamIndex].incident = id
        cases[k].team = plan.team
        cases[k].plannedFrom = proposal.from
        cases[k].plannedAt = t
        cases[k].proposal = nil
        plans.append(plan)
        out.commands.append(.dispatch(team: plan.team, route: plan.teamRoute, person: proposal.from, incident: id))
        let what = state == .guiding ? "re-planned" : "planned"
        out.events.append(log.event(t: t, incident: id, .note("guidance \(what): \(proposal.summary)")))
        if state == .assessed {
            cases[k].dispatchedAt = t
            transition(k, .guidanceDispatched(team: plan.team), at: t, into: &out)
        }
    }

    /// Armed KPA soldiers south of the MDL (the camera showed a party, not a lone person): the
    /// nearest post warns them off — a broadcast, then warning shots — once, and no team is sent
    /// to meet them (2024-06-09: broadcast, warning shots, the party withdrew). The incident stays
    /// assessed until they are seen going back north (`retreated`) or lost.
    mutating func warnOff(_ k: Int, at t: Double, into out: inout StepResult) {
        guard !cases[k].warned else { return }
        cases[k].warned = true
        let id = cases[k].incident.id
        out.commands.append(.warn(at: cases[k].lastPosition, incident: id))
        out.events.append(log.event(t: t, incident: id, .note(
            "armed KPA soldiers south of the MDL: the nearest post broadcasts a warning and fires warning shots; no guidance team is sent")))
    }

    /// Why an operation planned as `result` at `t` must wait for darkness, nil if it may go: some
    /// of it (`GuidingWindow`) falls in daylight and the routes, priced by day, would be in KPA
    /// view for longer than `daylightExposureLimit`.
    func heldForDaylight(_ result: GuidePlanner.Result, team: GuidanceTeam, person: Point, reception: Point, at t: Double) -> String? {
        let escorted = result.personRoute.count > 1
            ? Double(result.personRoute.count - 1 - result.rendezvous.meetingIndex) / Double(result.personRoute.count - 1) : 0
        let duration = configuration.guidingWindow.duration(teamTime: result.teamReport.time, escortTime: result.personReport.time * escorted)
        guard let dayAt = configuration.guidingWindow.firstDaylight(from: t, duration: duration, isDay: { light($0) == .day }) else {
            return nil
        }
        let byDay = light(t) == .day ? result : (try? plan(from: team.origin(at: t), person: person, reception: reception, at: t, light: .day)) ?? result
        let exposed = byDay.teamReport.exposure + byDay.personReport.exposure
        guard exposed > configuration.daylightExposureLimit else { return nil }
        if dayAt <= t { return "guidance held until dark: the routes would be \(Int(exposed.rounded())) s in KPA view by day" }
        return "guidance held until dark: the operation (\(Int((duration / 60).rounded())) min) would run into daylight "
            + "\(Int(((dayAt - t) / 60).rounded())) min from now, the routes \(Int(exposed.rounded())) s in KPA view by day"
    }

    /// Plans the person's route from `person` to `reception` and the team's from `base` to meet
    /// them, priced with the light at `t` (or `light`, to price another time of day).
    func plan(
        from base: Point, person: Point, reception: Point, at t: Double, light fixed: Light? = nil
    ) throws(GuidePlanner.Failure) -> GuidePlanner.Result {
        let box = PlanarBox(around: [person, reception, base]).expanded(by: configuration.planningMargin)
        guard let window = try? RasterWindow(box: box, cellSize: configuration.planningCell) else {
            throw .noPassableCell(what: "window around the person, the team and the reception point")
        }
        var request = GuidePlanner.Request(
            border: border, window: window, person: CostModel(light: fixed ?? light(t)), start: person, goal: reception, teamPost: base)
        request.destinationName = "the reception point"
        return try GuidePlanner.plan(request)
    }

    /// A team formed at the manned ROK guard post or GOP post nearest `p` (when the scenario's
    /// own team cannot reach the person).
    mutating func postTeam(near p: Point) -> Int? {
        let posts = border.posts.filter { ($0.kind == .rokGuardPost || $0.kind == .generalOutpost) && $0.status == .manned }
        guard let post = posts.min(by: { $0.position.distance(to: p) < $1.position.distance(to: p) }) else { return nil }
        if let j = teams.firstIndex(where: { $0.base == post.position && $0.incident == nil }) { return j }
        teams.append(GuidanceTeam(name: "guidance-team-\(teams.count + 1)", base: post.position))
        return teams.count - 1
    }

    mutating func wait(_ k: Int, at t: Double) {
        cases[k].nextPlanAttempt = t + configuration.planRetry
    }

    static func percent(_ p: Double) -> String {
        let v = (p * 1000).rounded() / 10
        return "\(v) %"
    }

    /// The team for incident `k`: the one already on it, else the free team nearest the person,
    /// else a new one formed at the nearest manned ROK guard post or GOP post.
    mutating func team(for k: Int, near p: Point) -> Int? {
        if let name = cases[k].team, let j = teams.firstIndex(where: { $0.name == name }) { return j }
        let free = teams.indices.filter { teams[$0].incident == nil }
        if let j = free.min(by: { teams[$0].base.distance(to: p) < teams[$1].base.distance(to: p) }),
            teams[j].base.distance(to: p) <= 6000
        {
            return j
        }
        return postTeam(near: p)
    }

    /// Where the person may be received: just south of the nearest manned GOP posts, nearest first.
    func receptionPoints(near p: Point) -> [Point] {
        let gops = border.posts.filter { $0.kind == .generalOutpost && $0.status == .manned }
            .sorted { $0.position.distance(to: p) < $1.position.distance(to: p) }
        return gops.prefix(configuration.receptionCandidates).map { gop in
            var c = border.line.alongBorder(gop.position)
            c.d -= configuration.receptionSetback
            return border.line.point(c)
        }
    }
}
