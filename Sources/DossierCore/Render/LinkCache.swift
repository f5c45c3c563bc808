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
    /// One link for each entity page the thread's pages show, at most one per page of
    /// the site. A cache of 40,000 links, which then stopped keeping, held a fifth of
    /// the 203,000 entity pages of 100,000 briefs: the links to the others were made
    /// again on every page, some 10 % of that build's processor time, to keep its peak
    /// 60 MB lower (1.36 GB).
    private var tables: [[String: LinkView]] = Array(repeating: [:], count: Kind.allCases.count)

    enum Kind: Int, CaseIterable {
        case actor, claim, brief, measure
    }

    init(rootPrefix: String) { self.rootPrefix = rootPrefix }

    /// How many links are kept.
    var count: Int { tables.reduce(0) { $0 + $1.count } }

    /// The link to the page of `id`, if one was kept.
    func link(_ kind: Kind, _ id: String) -> LinkView? { tables[kind.rawValue][id] }

    /// Keeps `link` as the link to the page of `id`, with its template value; returns
    /// what is kept.
    func keep(_ link: LinkView, _ kind: Kind, _ id: String) -> LinkView {
        let link = link.madeOnce()
        tables[kind.rawValue][id] = link
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
