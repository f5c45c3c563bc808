import Foundation

/// The folder a build writes into, and the rules that keep it safe: it carries a mark
/// so that `dossier` only ever replaces a folder it made itself, and it is never the
/// site folder, inside `Content/` or `Templates/`, or a folder that holds the site.
struct OutputFolder: Sendable {
    static let markName = ".dossier-output"
    static let markText = "This folder is written by `dossier build` and replaced on every build.\n"

    let url: URL
    /// `url.path`, worked out once: `URL.path` is made anew at each call, and rebuilds
    /// ask for the place of each of 20,000 pages.
    let path: String

    init(_ url: URL) {
        self.url = url.standardizedFileURL.resolvingSymlinksInPath()
        path = self.url.path
    }

    /// Where the output's file `relative` is on disk.
    func path(of relative: String) -> String { path + "/" + relative }

    /// True when the folder exists and carries dossier's mark.
    var isOurs: Bool { FileStamp.of(path(of: Self.markName)) != nil }

    /// Refuses an output that would overwrite or empty what must be kept.
    func checkSafe(siteRoot: URL) throws(DossierError) {
        let root = siteRoot.standardizedFileURL.resolvingSymlinksInPath()
        let out = url.path
        func refuse(_ reason: String) -> DossierError { .unsafeOutput(path: out, reason: reason) }
        if out == "/" || out == root.path { throw refuse("it is the site folder itself") }
        if Self.isInside(root.path, out) { throw refuse("it contains the site folder") }
        for kept in ["Content", "Templates"] where Self.isInside(out, root.appendingPathComponent(kept).path)
            || out == root.appendingPathComponent(kept).path {
            throw refuse("it is inside \(kept)/, which holds what editors wrote")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw refuse("it is a file, not a folder") }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        if !entries.isEmpty && !entries.contains(Self.markName) {
            throw refuse("it is not empty and was not made by dossier (it has no \(Self.markName) file); choose another --output or empty it yourself")
        }
    }

    /// True when `path` lies strictly inside `folder`.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix)
    }
}
