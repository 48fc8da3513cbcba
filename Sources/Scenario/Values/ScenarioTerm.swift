import GuidepostCore

/// A closed vocabulary word of the scenario format (a sector, a sensor kind, an actor kind, …).
///
/// Decoding an unknown word fails with the list of known words and the nearest one, instead of
/// `Codable`'s "cannot initialize from invalid String value".
public protocol ScenarioTerm: RawRepresentable, CaseIterable, Codable, Sendable where RawValue == String {}

extension ScenarioTerm {
    public init(from decoder: any Decoder) throws {
        self = try Self.decodeTerm(from: decoder)
    }

    /// Reads the word, failing with the known words and the nearest one. Core types made
    /// `ScenarioTerm`s here (`SensorKind`) keep Core's own `init(from:)`, so `NodeDecoder` calls
    /// this directly for every term.
    static func decodeTerm(from decoder: any Decoder) throws -> Self {
        let c = try decoder.singleValueContainer()
        let word = try c.decode(String.self)
        guard let v = Self(rawValue: word) else {
            let known = Self.allCases.map(\.rawValue)
            var text = "unknown value '\(word)'; expected one of: \(known.joined(separator: ", "))"
            if let near = NearestWord.find(word, in: known) { text += " (did you mean '\(near)'?)" }
            throw DecodingError.dataCorruptedError(in: c, debugDescription: text)
        }
        return v
    }
}
