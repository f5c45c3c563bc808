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
        // Each entity named anywhere gets a number once; from then on it is looked up by
        // number, not hashed again for every file that names it.
        var numbers: [EntityName: Int] = [:]
        var named: [EntityName] = []
        var namers: [[Int32]] = []  // by number: the files that name the entity, in file order
        let fileNames = files.indices.map { fileIndex -> [Int] in
            files[fileIndex].names.map { name -> Int in
                let number = numbers[name] ?? {
                    numbers[name] = named.count
                    named.append(name)
                    namers.append([])
                    return named.count - 1
                }()
                namers[number].append(Int32(fileIndex))
                return number
            }
        }
        let views = named.parallelMap { NeighborView.digest(of: $0, in: graph) }
        let (numbered, namersOf) = (numbers, namers)
        // A file's key is made once, not once for every page it touches.
        let fileKeys = files.indices.map { $0 }.parallelMap { fileIndex -> ContentDigest in
            var key = ContentDigest()
            key.add(files[fileIndex].path)
            key.add(files[fileIndex].digest)
            for number in fileNames[fileIndex] { key.add(views[number]) }
            return key
        }
        let keys = pages.parallelMap { page -> ContentDigest in
            var key = global
            key.add(page.path)
            guard let number = numbered[page.entity] else {
                key.add(NeighborView.digest(of: page.entity, in: graph))
                return key
            }
            key.add(views[number])
            for file in namersOf[number] { key.add(fileKeys[Int(file)]) }
            return key
        }
        var result: [String: ContentDigest] = [:]
        result.reserveCapacity(pages.count)
        for (page, key) in zip(pages, keys) { result[page.path] = key }
        return result
    }
}
