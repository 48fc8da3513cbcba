/// What a cluster member tells its operator (and log) about its sectors as it happens.
public enum ClusterNews: Sendable, Hashable, CustomStringConvertible {
    /// It took `sector` (epoch `epoch`); `from` names the previous owner when it took it over.
    case took(sector: String, epoch: Int, from: String?)
    /// Another instance holds `sector` now; this one stopped watching it.
    case lost(sector: String)
    /// `sector` is held by `owner`; this one waits to take it over.
    case waiting(sector: String, owner: String)
    /// The watch of `sector` stopped with an error; it is started again.
    case failed(sector: String, reason: String)
    /// The watch of `sector` came to the feed's end.
    case ended(sector: String)
    /// Renewing took `seconds` of a `lease`-second lease (`parts`: where the time went): the
    /// instance is overloaded or the store slow, and its sectors are at risk of being taken over.
    case slow(seconds: Double, lease: Double, parts: [String: Double])
    /// The store could not be reached for the leases (the watch goes on; renewals are retried).
    case storeTrouble(String)
    /// A hot standby's shadow of `sector` started following its owner's log.
    case shadowing(sector: String)
    /// The shadow of `sector` took over as its watch (it was near the owner: little to re-derive).
    case promoted(sector: String)

    public var description: String {
        switch self {
        case .took(let s, let e, let from): "took sector \(s) (epoch \(e))" + (from.map { ", taken over from \($0)" } ?? "")
        case .lost(let s): "lost sector \(s) to another instance: stopped watching it"
        case .waiting(let s, let owner): "sector \(s) is held by \(owner); standing by"
        case .failed(let s, let reason): "the watch of sector \(s) stopped (\(reason)); starting it again"
        case .ended(let s): "sector \(s): the feed has ended"
        case .storeTrouble(let why): "leases: \(why); retrying"
        case .shadowing(let s): "sector \(s): a shadow watch follows its owner's log (hot standby)"
        case .promoted(let s): "sector \(s): its shadow watch takes over"
        case .slow(let s, let lease, let parts):
            "renewing the leases took \(Int((s * 1000).rounded())) ms of a \(Int(lease)) s lease ("
                + parts.sorted { $0.key < $1.key }.map { "\($0.key) \(Int(($0.value * 1000).rounded())) ms" }.joined(separator: ", ")
                + "): this instance is overloaded or the store is slow"
        }
    }
}
