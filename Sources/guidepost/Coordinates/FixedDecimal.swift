import Foundation

/// `value` with exactly `decimals` digits after the point, never in exponent form and never
/// "-0.000": the stable number format of `guidepost coords` output.
func fixed(_ value: Double, _ decimals: Int) -> String {
    let text = String(format: "%.\(decimals)f", value)
    if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
        return String(text.dropFirst())
    }
    return text
}
