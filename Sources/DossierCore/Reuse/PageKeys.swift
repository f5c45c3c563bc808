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
    /// The key of each page, in the order of `pages`.
    static func keys(for pages: [(path: String, entity: EntityName)], graph: SiteGraph,
                     global: ContentDigest) -> [ContentDigest] {
        let files = graph.provenance.files.sorted { $0.path.bytewisePrecedes($1.path) }
        // Each kind's entities are numbered by a pass of their own, the kinds on both
        // cores. A file's names are sorted by kind, then id: kind after kind in that
        // order, they come out as the file lists them.
        let kinds = Reference.Kind.allCases.sorted { $0.rawValue < $1.rawValue }
        let numberings = kinds.parallelMap { Numbering(of: $0, in: files) }
        // By kind: the number of its first entity among those of all kinds.
        let firsts = numberings.reduce(into: [0]) { $0.append($0.last! + $1.ids.count) }
        let named = zip(kinds, numberings).flatMap { kind, numbering in
            numbering.ids.map { EntityName(kind: kind, id: $0) }
        }
        let views = named.parallelMap { NeighborView.digest(of: $0, in: graph) }
        // A file's key is made once, not once for every page it touches.
        let fileKeys = files.indices.map { $0 }.parallelMap { fileIndex -> ContentDigest in
            var key = ContentDigest()
            key.add(files[fileIndex].path)
            key.add(files[fileIndex].digest)
            for (numbering, first) in zip(numberings, firsts) {
                for number in numbering.numbers(namedBy: fileIndex) { key.add(views[first + Int(number)]) }
            }
            return key
        }
        let kindIndex = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        return pages.parallelMap { page -> ContentDigest in
            var key = global
            key.add(page.path)
            let index = kindIndex[page.entity.kind]!
            guard let number = numberings[index].numbers[page.entity.id] else {
                key.add(NeighborView.digest(of: page.entity, in: graph))
                return key
            }
            key.add(views[firsts[index] + Int(number)])
            for file in numberings[index].namers[Int(number)] { key.add(fileKeys[Int(file)]) }
            return key
        }
    }

    /// The entities of one kind that the files name, each numbered once, in the order
    /// first named: from then on it is looked up by number, not hashed again for every
    /// file that names it.
    private struct Numbering: Sendable {
        /// By number.
        var ids: [String] = []
        var numbers: [String: Int32] = [:]
        /// By number: the files that name the entity, in file order.
        var namers: [[Int32]] = []
        /// File after file, the numbers of the entities each names; file `f`'s are
        /// `named[starts[f]..<starts[f + 1]]`.
        private var named: [Int32] = []
        private var starts: [Int] = [0]

        init(of kind: Reference.Kind, in files: [ContentRecord]) {
            starts.reserveCapacity(files.count + 1)
            // By index: a name is copied only when it is of this kind.
            for fileIndex in files.indices {
                for nameIndex in files[fileIndex].names.indices where files[fileIndex].names[nameIndex].kind == kind {
                    let id = files[fileIndex].names[nameIndex].id
                    let number = numbers[id] ?? {
                        numbers[id] = Int32(ids.count)
                        ids.append(id)
                        namers.append([])
                        return Int32(ids.count - 1)
                    }()
                    namers[Int(number)].append(Int32(fileIndex))
                    named.append(number)
                }
                starts.append(named.count)
            }
        }

        func numbers(namedBy file: Int) -> ArraySlice<Int32> { named[starts[file]..<starts[file + 1]] }
    }
}
