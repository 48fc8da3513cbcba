/// Edits to one layer of features: remove some by id, then insert or replace others (a
/// feature whose id already exists replaces it in place; a new one is appended). Order is
/// kept, so the result is deterministic.
public struct FeatureEdits<Feature: Identifiable & Sendable>: Sendable where Feature.ID: Sendable {
    /// Features inserted, or replacing the feature with the same id.
    public var upserts: [Feature]
    /// Ids of features removed (before the upserts).
    public var removals: [Feature.ID]

    /// Edits from lists.
    public init(upserts: [Feature] = [], removals: [Feature.ID] = []) {
        self.upserts = upserts
        self.removals = removals
    }

    /// True when nothing changes.
    public var isEmpty: Bool { upserts.isEmpty && removals.isEmpty }

    /// `base` with the removals dropped and the upserts applied.
    /// - Complexity: O(n·(r + u)); layers are small.
    public func applied(to base: [Feature]) -> [Feature] {
        var out = base.filter { f in !removals.contains(f.id) }
        for f in upserts {
            if let i = out.firstIndex(where: { $0.id == f.id }) { out[i] = f } else { out.append(f) }
        }
        return out
    }
}
