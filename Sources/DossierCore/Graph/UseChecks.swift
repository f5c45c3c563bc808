/// A brief's uses (every id it names) are checked against the ids the site declares, and
/// that check depends on nothing else: when a brief's file is unchanged since the last
/// successful build and a graph pass knows the same ids as that build's pass did, the
/// brief's uses are known good and not checked again. What the graph passes are told of
/// the last build, and what they record of this one for the next.
struct UseChecks: Sendable {
    /// The briefs whose files the last successful build read as they are now, by path.
    var unchanged: Set<String> = []
    /// The ids each of the last build's graph passes knew (`GraphBuilder.Known.digest`).
    var lastKnown: [ContentDigest] = []
    /// This build's: the ids each graph pass knew, in order.
    var known: [ContentDigest] = []
    /// How many briefs' uses this build checked.
    var checked = 0

    /// The paths of the briefs whose uses the next graph pass need not check, knowing `known`.
    mutating func skipped(knowing known: ContentDigest) -> Set<String> {
        let pass = self.known.count
        self.known.append(known)
        return pass < lastKnown.count && lastKnown[pass] == known ? unchanged : []
    }
}

extension UseChecks {
    /// From the last successful build's record, as the inputs are now.
    init(last record: BuildCache.Record?, inputs: BuildCache.Inputs) {
        guard let record else { return }
        unchanged = record.unchangedFiles(inputs)
        lastKnown = record.known
    }
}

extension GraphBuilder.Known {
    /// The digest of every id known, kind by kind, and whether each kind is complete. A
    /// kind's ids are taken as the sum of their digests, which does not depend on the
    /// order a set lists them in: sorting the 10,000 ids of a site first took 11 ms of
    /// a one-edit rebuild's critical path.
    var digest: ContentDigest {
        var digest = ContentDigest()
        for known in [actors, claims, measures, sources, briefs] {
            digest.add(known.kind)
            digest.add(known.isIncomplete ? 1 : 0)
            digest.add(UInt64(known.ids.count))
            digest.add(known.ids.reduce(0) { $0 &+ ContentDigest(of: $1).value })
        }
        return digest
    }
}
