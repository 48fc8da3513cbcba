import GuidepostCore

/// A closed vocabulary word of the scenario format (a sector, a sensor kind, an actor kind, …).
///
/// Decoding an unknown word fails with the list of known words and the nearest one, instead of
/// `Codable`'s "cannot initialize from invalid String value".
public protocol ScenarioTerm: RawRepresentable, CaseIterable, Codable, Sendable where RawValue == String {}

extension ScenarioTerm {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let word = try c.decode(String.self)
        guard let v = Self(rawValue: word) else {
            let known = Self.allCases.map(\.rawValue)
            var text = "unknown value '\(word)'; expected one of: \(known.joined(separator: ", "))"
            if let near = NearestWord.find(word, in: known) { text += " (did you mean '\(near)'?)" }
            throw DecodingError.dataCorruptedError(in: c, debugDescription: text)
        }
        self = v
    }
}
