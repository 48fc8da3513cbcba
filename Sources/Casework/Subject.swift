/// The person after custody, as the case file knows them. Identity lives only here: reports
/// take Operations' `PublicFacts`, which has no field for any of this, and are redacted with
/// `identifyingTerms` in case free text carried a detail through.
public struct Subject: Hashable, Sendable, Codable {
    public var name: String
    /// ISO date, `YYYY-MM-DD`.
    public var birthDate: String
    public var unit: String?
    public var rank: String?
    public var hometown: String?

    public init(name: String, birthDate: String, unit: String? = nil, rank: String? = nil, hometown: String? = nil) {
        self.name = name
        self.birthDate = birthDate
        self.unit = unit
        self.rank = rank
        self.hometown = hometown
    }

    /// Every string that would identify the person: the full name and each part of it, the
    /// birth date in the usual spellings (`1992-03-07`, `1992.03.07`, `07/03/1992`, `19920307`),
    /// the unit and the hometown. (The rank alone identifies no one and is public in JCS
    /// statements, so it is not withheld.)
    public var identifyingTerms: [String] {
        var terms = [name] + name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        let parts = birthDate.split(separator: "-").map(String.init)
        terms.append(birthDate)
        if parts.count == 3 {
            terms += [parts.joined(separator: "."), "\(parts[2])/\(parts[1])/\(parts[0])", parts.joined()]
        }
        if let unit { terms.append(unit) }
        if let hometown { terms.append(hometown) }
        return terms.filter { $0.count >= 2 }
    }
}
