import ArgumentParser
import Operations
import Simulation

/// The options of `guidepost run` that say how operators look at alerts (issue 21): what a look
/// can tell, how many operators a sector has, how long a look takes. A run with other than the
/// defaults is its own run in the store (`runSuffix`).
struct LookOptions: ParsableArguments {
    /// What a look can tell.
    enum Fidelity: String, ExpressibleByArgument, CaseIterable {
        case modelled, perfect, half
    }

    @Option(help: "What an operator's look at an alert can tell: modelled (Johnson criteria: can miss, confuse or not tell), perfect (the old oracle), half (the modelled look with half the pixels on target).")
    var look: Fidelity = .modelled
    @Option(help: "Operators making looks at once in each sector, or 'unlimited' (no queue).")
    var operators = "6"
    @Option(help: "Seconds one look takes: slewing the camera or TOD and the dwell.")
    var lookSeconds = LookQueue.Configuration().seconds

    func validate() throws {
        guard operators == "unlimited" || (Int(operators).map { $0 >= 1 && $0 <= 1000 } ?? false) else {
            throw ValidationError("--operators must be a whole number from 1 to 1000, or 'unlimited' (got '\(operators)').")
        }
        guard lookSeconds >= 1, lookSeconds <= 3600 else {
            throw ValidationError("--look-seconds must be between 1 and 3600 (got \(lookSeconds)).")
        }
    }

    /// The simulator's look.
    var fidelity: LookModel.Fidelity {
        switch look {
        case .modelled: .modelled
        case .perfect: .perfect
        case .half: .half
        }
    }

    /// The operators' queue.
    var queue: LookQueue.Configuration {
        var c = LookQueue.Configuration()
        c.operators = operators == "unlimited" ? nil : Int(operators)
        c.seconds = lookSeconds
        return c
    }

    /// Added to the run's id when the looks differ from the defaults, so that two such runs of
    /// one scenario and seed never meet in one store.
    var runSuffix: String {
        var parts: [String] = []
        if look != .modelled { parts.append("look-\(look.rawValue)") }
        if operators != "6" { parts.append("operators-\(operators)") }
        if lookSeconds != LookQueue.Configuration().seconds { parts.append("look-\(Int(lookSeconds))s") }
        return parts.map { "-" + $0 }.joined()
    }
}
