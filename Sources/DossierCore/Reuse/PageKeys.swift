/// The key of each entity page: a digest of everything the page can show, so that a
/// rebuild keeps a page whose key is the one recorded with its file last time.
///
/// A page of entity E shows what the files that name E say (its brief; the briefs that
/// mention, quote or link to it; its profile), and of every other entity those files
/// name, its `NeighborView`: a name, a title, a status. So the key digests `global`
/// (the settings, theme, program and options), the paths and bytes of the files that
/// name E, and the neighbour views of everything they name. An edit that could change
/// the page changes its key; an edit elsewhere does not.
enum PageKeys {
    static func keys(for pages: [(path: String, entity: EntityName)], graph: SiteGraph,
                     global: ContentDigest) -> [String: ContentDigest] {
        let files = graph.provenance.files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        let names = Set(files.flatMap(\.names) + pages.map(\.entity)).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
        // Each file's names as indices; each entity's namers, in path order.
        let named = files.map { $0.names.map { index[$0]! } }
        let namers = Self.namers(of: named, count: names.count)
        let views = names.parallelMap { NeighborView.digest(of: $0, in: graph) }
        let keys = pages.parallelMap { page -> ContentDigest in
            let entity = index[page.entity]!
            var key = global
            key.add(page.path)
            var reach = [entity]
            for file in namers[Int(entity)] {
                key.add(files[Int(file)].path)
                key.add(files[Int(file)].digest)
                reach += named[Int(file)]
            }
            reach.sort()
            var last: Int32 = -1
            for x in reach where x != last {
                key.add(views[Int(x)])
                last = x
            }
            return key
        }
        var result: [String: ContentDigest] = [:]
        result.reserveCapacity(pages.count)
        for (page, key) in zip(pages, keys) { result[page.path] = key }
        return result
    }

    /// For each entity, the files (indices into `named`) that name it, in file order.
    private static func namers(of named: [[Int32]], count: Int) -> [[Int32]] {
        var namers = [[Int32]](repeating: [], count: count)
        for (file, ids) in named.enumerated() { for id in ids { namers[Int(id)].append(Int32(file)) } }
        return namers
    }
}
