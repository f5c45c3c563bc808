import Synchronization

/// The links to actor, claim, brief and figure pages as the pages one folder deep show
/// them (`../../actors/x/index.html`), each made once, with its template value, for
/// all the pages a thread renders.
///
/// A link is the same on every entity page, and shown on many of them: made per page,
/// each was a string joined, an object allocated and both let go again, about 1,300
/// instructions, some 150 times per brief of a site.
/// Each thread that renders uses a cache of its own (`Pool`): a value shared by both
/// cores has its reference count moved between them at every use.
final class LinkCache: @unchecked Sendable {
    /// What leads to the site root from the pages whose links are kept.
    let rootPrefix: String
    /// The most links a cache keeps: about 10 MB. A site of 10,000 briefs has some
    /// 31,000 entity pages; at 100,000 briefs each of the three rendering threads would
    /// otherwise hold ten times as many, some 200 MB more at the peak.
    let capacity: Int
    private var tables: [[String: LinkView]] = Array(repeating: [:], count: Kind.allCases.count)
    /// How many links are kept.
    private(set) var count = 0

    enum Kind: Int, CaseIterable {
        case actor, claim, brief, measure
    }

    init(rootPrefix: String, capacity: Int = 40_000) {
        (self.rootPrefix, self.capacity) = (rootPrefix, capacity)
    }

    /// The link to the page of `id`, if one was kept.
    func link(_ kind: Kind, _ id: String) -> LinkView? { tables[kind.rawValue][id] }

    /// Keeps `link` as the link to the page of `id`, with its template value; returns
    /// what is kept. A full cache keeps what it has and returns `link` as it is: one that
    /// started again empty made the template values of the same links over and over:
    /// 4.3 s of processor time at 100,000 briefs, against 0.04 s at 10,000, where the
    /// cache never fills.
    func keep(_ link: LinkView, _ kind: Kind, _ id: String) -> LinkView {
        guard count < capacity else { return link }
        let link = link.madeOnce()
        tables[kind.rawValue][id] = link
        count += 1
        return link
    }

    /// Caches for the threads that render, each given to one page at a time.
    final class Pool: Sendable {
        private let idle = Mutex<[LinkCache]>([])
        private let rootPrefix: String

        init(rootPrefix: String) { self.rootPrefix = rootPrefix }

        /// `body` with a cache no other thread is using.
        func using<Result>(_ body: (LinkCache) throws(DossierError) -> Result) throws(DossierError) -> Result {
            let cache = idle.withLock { $0.popLast() } ?? LinkCache(rootPrefix: rootPrefix)
            defer { idle.withLock { $0.append(cache) } }
            return try body(cache)
        }
    }
}
