/// A set of texts that looks through a list while it holds a handful and hashes only
/// once it grows: the sets made per brief (its references, its cast, its sources) hold
/// a few ids each, and hashing them was most of what making them cost.
struct SmallSet {
    /// Past this many, the texts are hashed.
    static let listLimit = 16

    private var list: [String] = []
    private var hashed: Set<String>?

    init() {}

    init(_ texts: some Sequence<String>) {
        for text in texts { insert(text) }
    }

    /// Adds `text`; false when it was there already.
    @discardableResult
    mutating func insert(_ text: String) -> Bool {
        if hashed != nil { return hashed!.insert(text).inserted }
        if list.contains(text) { return false }
        list.append(text)
        if list.count > Self.listLimit {
            hashed = Set(list)
            list = []
        }
        return true
    }

    func contains(_ text: String) -> Bool {
        hashed?.contains(text) ?? list.contains(text)
    }
}
