import Foundation

/// What the last successful build read and wrote, kept beside the output as
/// `.NAME.dossier-cache`: the size, mtime and inode of every input and output file,
/// the program's own, the options, and the warnings it gave. When all of that is
/// unchanged the output is already what a build would write, and the build stops
/// there. The cache is only ever compared, never trusted for content: a corrupt,
/// foreign or outdated cache simply does not match.
struct BuildCache {
    let url: URL

    init(output: OutputFolder) {
        url = output.url.deletingLastPathComponent()
            .appendingPathComponent(".\(output.url.lastPathComponent).dossier-cache")
    }

    static let header = "dossier-cache 1"

    /// The stamps of everything a build depends on, one line each.
    static func inputs(of folder: SiteFolder, includeDrafts: Bool) throws(DossierError) -> [String] {
        var paths = try folder.briefPaths() + folder.profilePaths() + folder.templatePaths()
        if folder.hasSettings { paths.append("dossier.yml") }
        var lines = [header, "drafts \(includeDrafts)", "program " + stampText(FileStamp.of("/proc/self/exe"))]
        for path in paths.sorted() {
            lines.append("in " + stampText(FileStamp.of(folder.url(for: path).path)) + " " + path)
        }
        return lines
    }

    /// The stamps of every file in the output folder.
    static func outputs(of output: OutputFolder) -> [String] {
        outputs(of: output, paths: FileTreeListing.files(in: output.url.path))
    }

    /// The stamps of these files of the output folder, given sorted as a listing sorts them.
    static func outputs(of output: OutputFolder, paths: [String]) -> [String] {
        paths.map { path in "out " + stampText(FileStamp.of(output.url.path + "/" + path)) + " " + path }
    }

    private static func stampText(_ stamp: FileStamp?) -> String {
        guard let stamp else { return "-" }
        return "\(stamp.size):\(stamp.modified):\(stamp.inode)"
    }

    /// The warnings of the last build, when its inputs and outputs are still as they were.
    func upToDate(inputs: [String], output: OutputFolder) -> [Diagnostic]? {
        guard let data = FileManager.default.contents(atPath: url.path),
              let text = String(data: data, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let split = lines.firstIndex(of: "warnings") else { return nil }
        let stamps = Array(lines[..<split])
        guard stamps == inputs + Self.outputs(of: output) else { return nil }
        var warnings: [Diagnostic] = []
        for line in lines[(split + 1)...] where !line.isEmpty {
            let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let row = Int(fields[1]), let column = Int(fields[2]) else { return nil }
            warnings.append(.warning(fields[3], at: SourceLocation(path: fields[0], line: row, column: column)))
        }
        return warnings
    }

    /// Records a successful build that wrote `written` (the site's files, without the
    /// mark): their stamps are taken without walking the folder. Should anything else be
    /// in the output, the next build's listing differs and the cache does not match.
    /// A cache that cannot be written only costs the next build its shortcut.
    func save(inputs: [String], output: OutputFolder, written: [String], warnings: [Diagnostic]) {
        let paths = (written + [OutputFolder.markName]).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var lines = inputs + Self.outputs(of: output, paths: paths) + ["warnings"]
        for warning in warnings where !warning.message.contains("\n") && !warning.location.path.contains("\t") {
            lines.append("\(warning.location.path)\t\(warning.location.line)\t\(warning.location.column)\t\(warning.message)")
        }
        let temporary = url.path + ".\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data((lines.joined(separator: "\n") + "\n").utf8)),
              rename(temporary, url.path) == 0 else {
            unlink(temporary)
            return
        }
    }

    func remove() { unlink(url.path) }
}
