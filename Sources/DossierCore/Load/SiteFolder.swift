import Foundation

/// The files of a site folder: `dossier.yml`, `Content/briefs/**/*.md`,
/// `Content/actors/*.md` and `Templates/*`. Reading a file never stops the others:
/// every file that cannot be read becomes a diagnostic.
struct SiteFolder: Sendable {
    let root: URL
    /// `root`'s path: files are named by joining strings, which costs far less than
    /// building a URL for each of 10,000 files.
    private let rootPath: String

    init(root: URL) {
        self.root = root
        rootPath = root.path
    }


    /// Every file a build reads, listed once: a build stamps them, then reads them.
    /// Paths relative to the root, sorted, so every run sees them in one order.
    struct Listing: Sendable {
        var briefs: [String]
        var profiles: [String]
        var templates: [String]
        var hasSettings: Bool
        /// The stamps of the regular files, as the listing saw them.
        var stamps: [String: FileStamp] = [:]
        /// Warnings for what looks meant for the site but is not read (`NotRead`): made
        /// anew by every listing, never kept in a build's cache.
        var notRead: [Diagnostic] = []
    }

    func listing() throws(DossierError) -> Listing {
        guard isDirectory(fullPath("Content/briefs")) else { throw .notASite(root.path) }
        var stamps: [String: FileStamp] = [:]
        var passedOver: [String] = []
        let briefs = markdownFiles(under: "Content/briefs", recursive: true, stamps: &stamps, passedOver: &passedOver)
        let profiles = markdownFiles(under: "Content/actors", recursive: false, stamps: &stamps, passedOver: &passedOver)
        let templates = files(under: "Templates", recursive: false, stamps: &stamps).filter { !$0.hasPrefix("Templates/.") }
        let content = (try? FileManager.default.contentsOfDirectory(atPath: fullPath("Content"))) ?? []
        let notRead = NotRead.files(passedOver) + NotRead.contentEntries(content) { isDirectory(fullPath("Content/" + $0)) }
        return Listing(briefs: briefs, profiles: profiles, templates: templates, hasSettings: hasSettings,
                       stamps: stamps, notRead: notRead)
    }

    var hasSettings: Bool { FileManager.default.fileExists(atPath: fullPath("dossier.yml")) }

    /// Where a file of the site is on disk: `path` is relative to the root.
    func fullPath(_ path: String) -> String { rootPath + "/" + path }

    /// Reads a file as UTF-8, or says why it cannot be.
    func read(_ path: String) -> Result<SourceFile, Diagnostic> {
        let start = SourceLocation(path: path)
        let full = fullPath(path)
        if let problem = FileKind.problem(at: full, siteRoot: rootPath) {
            return .failure(.error(problem, at: start))
        }
        guard let data = FileManager.default.contents(atPath: full) else {
            return .failure(.error("cannot read this file (permissions?)", at: start))
        }
        return Self.decode(data, path: path, location: full)
    }

    static func decode(_ data: Data, path: String, location: String? = nil) -> Result<SourceFile, Diagnostic> {
        let bytes = [UInt8](data)
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(SourceFile(path: path, text: text, location: location))
        }
        return .failure(.error("this file is not UTF-8 text: save it as UTF-8", at: firstInvalidByte(bytes, path: path)))
    }

    /// The line and column where UTF-8 decoding first fails.
    private static func firstInvalidByte(_ bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1, lineStart = 0, index = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += String(scalar).utf8.count
                if scalar == "\n" { line += 1; lineStart = offset }
                index = offset
                continue
            case .emptyInput:
                return SourceLocation(path: path, line: line, column: 1)
            case .error:
                let prefix = String(decoding: bytes[lineStart..<index], as: UTF8.self)
                return SourceLocation(path: path, line: line, column: prefix.unicodeScalars.count + 1)
            }
        }
    }

    /// The `.md` entries below `folder`, and those that look like site files but cannot
    /// be read as one, so that `read` names the problem (see `FileKind`).
    /// `passedOver` gets the other files' paths.
    private func markdownFiles(under folder: String, recursive: Bool, stamps: inout [String: FileStamp],
                               passedOver: inout [String]) -> [String] {
        files(under: folder, recursive: recursive, stamps: &stamps, named: { $0.hasSuffix(".md") }, passedOver: &passedOver)
    }

    /// Entries below `folder`, relative to the root, sorted; hidden ones (`.name`) skipped.
    /// Regular files, links, pipes and such whose name `named` accepts are listed; folders
    /// are walked when `recursive` (links to folders are listed, never walked) and listed
    /// when not, if their name is accepted. The stamp of each regular file listed is
    /// kept in `stamps`: a build need not look at the file again to stamp it.
    private func files(under folder: String, recursive: Bool, stamps: inout [String: FileStamp]) -> [String] {
        var passedOver: [String] = []
        return files(under: folder, recursive: recursive, stamps: &stamps, named: { _ in true }, passedOver: &passedOver)
    }

    /// The same, with the paths of the entries `named` refuses in `passedOver`.
    private func files(under folder: String, recursive: Bool, stamps: inout [String: FileStamp],
                       named: (String) -> Bool, passedOver: inout [String]) -> [String] {
        guard isDirectory(fullPath(folder)) else { return [] }
        var paths: [String] = []
        var pending = [folder]
        while let current = pending.popLast() {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: fullPath(current))) ?? [])
                .filter { !$0.hasPrefix(".") }
            for (name, (kind, stamp)) in zip(names, FileKind.entries(names, in: fullPath(current))) {
                let path = current + "/" + name
                switch kind {
                case .directory where recursive: pending.append(path)
                case .symlink where recursive && isDirectory(fullPath(path)): paths.append(path)
                case .missing: continue
                default:
                    guard named(name) else { passedOver.append(path); continue }
                    paths.append(path)
                    if kind == .regular { stamps[path] = stamp }
                }
            }
        }
        return paths.sorted()
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
