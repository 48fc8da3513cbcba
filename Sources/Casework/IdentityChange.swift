/// Identity fields to set on a case (nil leaves a field as it is; an empty string or list
/// clears it). Each field set needs write access to it.
public struct IdentityChange: Hashable, Sendable {
    public var name: String?
    public var birthDate: String?
    public var unit: String?
    public var family: [String]?
    public var photoReference: String?

    public init(name: String? = nil, birthDate: String? = nil, unit: String? = nil, family: [String]? = nil, photoReference: String? = nil) {
        self.name = name
        self.birthDate = birthDate
        self.unit = unit
        self.family = family
        self.photoReference = photoReference
    }

    /// The fields this change sets.
    public var fields: [CaseField] {
        var out: [CaseField] = []
        if name != nil { out.append(.name) }
        if birthDate != nil { out.append(.birthDate) }
        if unit != nil { out.append(.unit) }
        if family != nil { out.append(.family) }
        if photoReference != nil { out.append(.photoReference) }
        return out
    }

    /// Applies the change to `identity`.
    func apply(to identity: inout CaseIdentity) {
        func clean(_ s: String) -> String? { s.isEmpty ? nil : s }
        if let name { identity.name = clean(name) }
        if let birthDate { identity.birthDate = clean(birthDate) }
        if let unit { identity.unit = clean(unit) }
        if let family { identity.family = family.filter { !$0.isEmpty } }
        if let photoReference { identity.photoReference = clean(photoReference) }
    }

    /// Why the change cannot be made, if it cannot (field, reason).
    var problem: (CaseField, String)? {
        if let b = birthDate, !b.isEmpty, EntitlementTable.date(b) == nil { return (.birthDate, "is not a YYYY-MM-DD date") }
        for (f, v) in [(CaseField.name, name), (.unit, unit), (.photoReference, photoReference)] {
            if let v, v.count > 500 { return (f, "at most 500 characters") }
        }
        if let family, family.count > 50 || family.contains(where: { $0.count > 500 }) { return (.family, "at most 50 names of 500 characters") }
        return nil
    }
}

extension IdentityChange {
    /// Why the change cannot be made, if it cannot: the field and the reason (never the value).
    public var validation: (CaseField, String)? { problem }
}
