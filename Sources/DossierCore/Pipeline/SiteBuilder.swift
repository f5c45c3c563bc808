import Foundation

/// `dossier build`: check, render every page and write it. A first build writes into a
/// staging folder swapped in at the end; a rebuild updates the output dossier made in
/// place, touching only the files whose bytes change, and does not even make the
/// entity pages whose key is unchanged (`PageKeys`); a rebuild with nothing changed
/// stops at the cache. Whatever fails, the previous output is left as it was.
public enum SiteBuilder {
    /// Builds the site at `root` into `output`. Returns the warnings; throws when the
    /// content has errors or the output cannot be written, leaving the output as it was.
    /// `keepsMemory` is for a process that ends right after the build: the linked site
    /// is not taken apart object by object at the end (1.1 s at 100,000 briefs), nor are
    /// the build's tables by path (15 ms of a one-edit rebuild at 10,000 briefs); the
    /// process's exit frees them.
    @discardableResult
    public static func build(root: URL, output: URL, includeDrafts: Bool = false, timings: Timings = Timings(),
                             keepsMemory: Bool = false,
                             shouldStop: @escaping @Sendable () -> Bool = { false }) throws(DossierError) -> DiagnosticReport {
        // What the listing finds and does not read is said by every build, however it
        // ends: made anew each time, never kept in the build's cache.
        var notRead: [Diagnostic] = []
        do {
            return try build(root: root, output: output, includeDrafts: includeDrafts, timings: timings,
                             keepsMemory: keepsMemory, shouldStop: shouldStop, notRead: &notRead).adding(notRead)
        } catch .contentHasErrors(let report) {
            throw .contentHasErrors(report.adding(notRead))
        }
    }

    private static func build(root: URL, output: URL, includeDrafts: Bool, timings: Timings, keepsMemory: Bool,
                              shouldStop: @escaping @Sendable () -> Bool,
                              notRead: inout [Diagnostic]) throws(DossierError) -> DiagnosticReport {
        let folder = SiteFolder(root: root)
        let out = OutputFolder(output)
        try out.checkSafe(siteRoot: root)
        let cache = BuildCache(output: out)
        // The last build's record is read, and the output listed with its help, on the
        // other core while the inputs are stamped. A rebuild needs the listing to remove
        // what the site no longer has.
        let lastBuild = Background { out.isOurs ? cache.read() : nil }
        let recordsURL = RecordTable.url(beside: out)
        let lastRecords = Background { out.isOurs ? RecordTable.read(recordsURL) : nil }
        let present = Background { () -> OutputListing in
            guard out.isOurs else { return OutputListing() }
            let record = lastBuild.value
            return OutputListing(of: out.path, recordedFolders: record?.folders ?? [:],
                                 recordedFiles: record?.outputs.map(\.path) ?? [])
        }
        let (listing, inputs, upToDate) = try timings.measure("cache check") { () throws(DossierError) in
            let listing = try folder.listing()
            let inputs = BuildCache.inputs(of: folder, listing: listing, includeDrafts: includeDrafts)
            return (listing, inputs, BuildCache.upToDate(lastBuild.value, inputs: inputs, present: { present.value.files },
                                                         output: out))
        }
        notRead = listing.notRead
        if let warnings = upToDate { return DiagnosticReport(warnings) }
        let themeLoad = ThemeLoad(folder, listing)
        var uses = UseChecks(last: lastBuild.value, inputs: inputs)
        // Which entity pages the output still holds as the last build wrote them: found
        // on the other core while the site is parsed and linked.
        let intact = Background { () -> [BuildCache.WrittenPage] in
            _ = present.value  // the record is let go here: the listing is made from it first
            return BuildCache.intactPages(lastBuild.take(), output: out)
        }
        let reuse = ParseReuse(cache: ParseCache(output: out), program: inputs.program, stamps: inputs.stamps,
                               readsBack: out.isOurs)
        // A first build makes its brief pages' folders on the core linking leaves idle.
        let staged = out.isOurs ? nil : StagedWrite(output: out)
        var ahead: FoldersAhead?
        // Whatever fails before the pages are published, the folders made go too. (After
        // `publish`, the staging folder is the output, or was removed by it.)
        defer { if let ahead { _ = try? ahead.finish(); staged?.discard() } }
        let (linked, checked) = try Checker.check(root: root, includeDrafts: includeDrafts, timings: timings,
                                                  listing: listing, reusing: reuse, uses: &uses) { site in
            guard let staged else { return }
            ahead = FoldersAhead(staged, folders: FoldersAhead.briefFolders(site.briefs, includeDrafts: includeDrafts),
                                 shouldStop: shouldStop)
        }
        let (loaded, report) = try themeLoad.join(checked)
        guard let graph = linked, let theme = loaded, !report.hasErrors else {
            throw .contentHasErrors(report)
        }
        let splice = RecordSplice(lastFile: out.path(of: SitePath.graphData), last: lastRecords.take())
        let (files, kept) = try timings.measure("plan") { () throws(DossierError) in
            let files = SiteRenderer.outputs(for: graph, theme: theme, build: inputs.buildDigest, splice: splice)
            return (files, BuildCache.reusable(files, intact: intact.take()))
        }
        if shouldStop() { throw .interrupted }
        // The output's folders and their stamps, for the next build's listing.
        var folders: [String: FolderStamp?] = [:]
        // The stamps of the files a first build wrote, taken as it wrote them.
        var written: [String: FileStamp] = [:]
        timings.count("in the output", files.count)
        try timings.measure("render+write") { () throws(DossierError) in
            if out.isOurs {
                let made = files.filter { kept[$0.path] == nil }
                let listed = present.take()
                let summary = try InPlaceUpdate(output: out).publish(made, keeping: kept, present: listed.files,
                                                                     shouldStop: shouldStop)
                folders = listed.folders
                for folder in summary.touchedFolders { folders[folder] = .some(nil) }
                for folder in summary.removedFolders { folders[folder] = nil }
                timings.count("made", made.count)
                timings.count("written", summary.written)
                timings.count("removed", summary.removed)
            } else {
                let made = try ahead?.finish()
                timings.count("folders made ahead", made?.count ?? 0)
                written = try staged!.publish(files, ahead: made, shouldStop: shouldStop)
                folders = OutputListing.stamps(of: OutputListing.folders(holding: files.map(\.path)), in: out.path)
                timings.count("made", files.count)
                timings.count("written", files.count)
            }
        }
        let final = report.adding(Checker.buildWarnings(for: graph))
        timings.measure("save cache") {
            // The two files on both cores: this is the end of the build.
            let graphData = out.path(of: SitePath.graphData)
            let records = Background { splice.table(forFileAt: graphData)?.save(recordsURL) }
            cache.save(inputs: inputs, known: uses.known, output: out, files: files, kept: kept, written: written,
                       folders: folders, warnings: final.diagnostics)
            records.value
        }
        timings.count("records copied", splice.reused)
        if keepsMemory { _ = Unmanaged.passRetained(Kept([graph, files, kept, folders, inputs, listing, uses, splice])) }
        return final
    }
}

/// What a build leaves for the process's exit to free: see `keepsMemory`.
private final class Kept {
    let values: [Any]
    init(_ values: [Any]) { self.values = values }
}
