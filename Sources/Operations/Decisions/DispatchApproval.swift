/// Who lets a guidance team go out once a route is planned.
public enum DispatchApproval: String, Hashable, Sendable, Codable, CaseIterable {
    /// The plan goes out as soon as it is made (the policy approves: simulations, benchmarks).
    case automatic
    /// The plan is proposed on the console and waits for the watch commander's approval.
    case commander
}
