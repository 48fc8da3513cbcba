/// Per-field read/write by role: the one table every read and write of a case consults.
public enum FieldAccess {
    /// What a role may do with a field.
    public enum Level: Int, Hashable, Sendable, Comparable, Codable {
        case none = 0
        case read = 1
        case write = 2

        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    /// The table. Identity goes to those who work with the person face to face (custody,
    /// investigation, Hanawon, protection officers); the unit only to the military and the
    /// NIS; never to public affairs or the auditor.
    public static func level(_ role: Role, _ field: CaseField) -> Level {
        switch (role, field) {
        // Military custody: records who the person says they are.
        case (.custodyOfficer, .name), (.custodyOfficer, .birthDate), (.custodyOfficer, .unit),
            (.custodyOfficer, .photoReference), (.custodyOfficer, .notes), (.custodyOfficer, .referral):
            .write
        case (.custodyOfficer, .status), (.custodyOfficer, .origin), (.custodyOfficer, .decision):
            .read
        // The protection centre verifies identity and decides protection.
        case (.investigator, .name), (.investigator, .birthDate), (.investigator, .unit), (.investigator, .family),
            (.investigator, .photoReference), (.investigator, .notes), (.investigator, .decision),
            (.investigator, .referral), (.investigator, .support):
            .write
        case (.investigator, .status), (.investigator, .origin), (.investigator, .payments):
            .read
        // Hanawon: knows the person, pays the grants.
        case (.settlementOfficer, .notes), (.settlementOfficer, .referral), (.settlementOfficer, .support),
            (.settlementOfficer, .payments):
            .write
        case (.settlementOfficer, .name), (.settlementOfficer, .birthDate), (.settlementOfficer, .family),
            (.settlementOfficer, .photoReference), (.settlementOfficer, .status), (.settlementOfficer, .decision):
            .read
        // Residence protection.
        case (.protectionOfficer, .notes), (.protectionOfficer, .referral), (.protectionOfficer, .support),
            (.protectionOfficer, .payments):
            .write
        case (.protectionOfficer, .name), (.protectionOfficer, .birthDate), (.protectionOfficer, .family),
            (.protectionOfficer, .photoReference), (.protectionOfficer, .status), (.protectionOfficer, .decision):
            .read
        // Public affairs: the state of a case and where it came from, nothing about the person.
        case (.publicAffairs, .status), (.publicAffairs, .origin):
            .read
        // The auditor: everything but identity, and the trail; writes nothing.
        case (.auditor, let f) where !f.isIdentity:
            .read
        default:
            .none
        }
    }

    public static func canRead(_ role: Role, _ field: CaseField) -> Bool { level(role, field) >= .read }
    public static func canWrite(_ role: Role, _ field: CaseField) -> Bool { level(role, field) >= .write }
}
