import Foundation
import Synchronization

/// The brief pages' folders of a first build, made on the core the link stage leaves
/// idle. Linking runs on one thread; making a folder costs the kernel 10–70 µs (more
/// right after the last output was deleted), and a site of 10,000 briefs has 10,000 of
/// them to make before its pages can be written.
///
/// Started once the site is parsed, with the briefs that will have pages; stopped when
/// the pages are about to be written, so that the writer is never kept waiting: it
/// makes the folders not made by then itself. If the build fails, the staging folder,
/// made folders and all, is removed as before.
final class FoldersAhead: Sendable {
    private final class Flag: Sendable {
        let isSet = Atomic<Bool>(false)
    }

    private let stop = Flag()
    private let work: Background<Result<Set<String>, DossierError>>

    /// Prepares `staging` and makes `folders` (paths inside it) in this order.
    init(_ staging: StagedWrite, folders: [String], shouldStop: @escaping @Sendable () -> Bool) {
        let stop = stop
        work = Background {
            Result { () throws(DossierError) in
                try staging.prepare()
                return PageWriter.makeFolders(folders, into: staging.staging.path) { stop.isSet.load(ordering: .relaxed) || shouldStop() }
            }
        }
    }

    /// Stops making folders; the staging folder is ready, and these folders in it exist.
    func finish() throws(DossierError) -> Set<String> {
        stop.isSet.store(true, ordering: .relaxed)
        return try work.value.get()
    }

    /// The folders of the pages of `briefs` that the site will have.
    static func briefFolders(_ briefs: [ParsedBrief], includeDrafts: Bool) -> [String] {
        // Read in place: `filter` copied each brief it kept, its whole front-matter.
        briefs.compactMap { includeDrafts || !$0.front.draft ? PageWriter.parent(of: SitePath.brief($0.slug)) : nil }
    }
}
