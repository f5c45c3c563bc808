/// The key of each entity page: a digest of everything the page can show, so that a
/// rebuild keeps a page whose key is the one recorded with its file last time.
///
/// A page of entity E shows what the files that name E say (its brief; the briefs that
/// mention, quote or link to it; its profile), and of every other entity those files
/// name, its `NeighborView`: a name, a title, a status. So the key digests `global`
/// (the settings, theme, program and options), the page's path, E's own view, and for
/// each file that names E, in path order, the file's key: its path, the digest of its
/// bytes and the views of everything it names. An edit that could change the page
/// changes its key; an edit elsewhere does not.
enum PageKeys {
    static func keys(for pages: [(path: String, entity: EntityName)], graph: SiteGraph,
                     global: ContentDigest) -> [String: ContentDigest] {
        let files = graph.provenance.files.sorted { $0.path.bytewisePrecedes($1.path) }
        // Each entity's namers, in path order.
        let namers = Self.namers(of: files)
        let named = Array(namers.keys)
        let views = Dictionary(uniqueKeysWithValues: zip(named, named.parallelMap { NeighborView.digest(of: $0, in: graph) }))
        // A file's key is made once, not once for every page it touches.
        let fileKeys = files.parallelMap { file -> ContentDigest in
            var key = ContentDigest()
            key.add(file.path)
            key.add(file.digest)
            for name in file.names { key.add(views[name]!) }
            return key
        }
        let keys = pages.parallelMap { page -> ContentDigest in
            var key = global
            key.add(page.path)
            key.add(views[page.entity] ?? NeighborView.digest(of: page.entity, in: graph))
            for file in namers[page.entity] ?? [] { key.add(fileKeys[Int(file)]) }
            return key
        }
        var result: [String: ContentDigest] = [:]
        result.reserveCapacity(pages.count)
        for (page, key) in zip(pages, keys) { result[page.path] = key }
        return result
    }

    /// For each entity, the files (indices into `files`) that name it, in file order.
    private static func namers(of files: [ContentRecord]) -> [EntityName: [Int32]] {
        var namers: [EntityName: [Int32]] = [:]
        for (index, file) in files.enumerated() {
            for name in file.names { namers[name, default: []].append(Int32(index)) }
        }
        return namers
    }
}
