import Foundation

/// What the last successful build read and wrote, kept beside the output as
/// `.NAME.dossier-cache`: the size, mtime and inode of every input and output file,
/// the program's own, the options, the ids each graph pass knew (`UseChecks`), the key
/// of every entity page (`PageKeys`) and the warnings it gave. When all inputs and
/// outputs are unchanged the output is already what a build would write, and the build
/// stops there; otherwise a page whose key and file are unchanged is kept without being
/// made again. The cache ends with a digest of itself: a corrupt, foreign or outdated
/// cache does not match and is ignored.
struct BuildCache {
    let url: URL

    init(output: OutputFolder) {
        url = output.url.deletingLastPathComponent()
            .appendingPathComponent(".\(output.url.lastPathComponent).dossier-cache")
    }

    static let header = "dossier-cache 4"

    /// Everything a build depends on, stamped: the program, the options and every input
    /// file, one line each as the cache file records them, and each file's stamp by path.
    struct Inputs {
        var lines: [String]
        /// The input files' paths, sorted: each one's line is `lines[3 + index]`.
        var paths: [String] = []
        var stamps: [String: String] = [:]

        /// The program's own stamp line: the parse cache is kept per program.
        var program: String { lines[2] }

        /// The program and its options: part of every page's key.
        var buildDigest: ContentDigest {
            var digest = ContentDigest()
            for line in lines.prefix(3) { digest.add(line) }
            return digest
        }
    }

    static func inputs(of folder: SiteFolder, listing: SiteFolder.Listing, includeDrafts: Bool) -> Inputs {
        var paths = listing.briefs + listing.profiles + listing.templates
        if listing.hasSettings { paths.append("dossier.yml") }
        var inputs = Inputs(lines: [header, "drafts \(includeDrafts)", "program " + stampText(FileStamp.of("/proc/self/exe"))])
        inputs.paths = paths.sorted()
        inputs.stamps.reserveCapacity(inputs.paths.count)
        for path in inputs.paths {
            let stamp = stampText(listing.stamps[path] ?? FileStamp.of(folder.fullPath(path)))
            inputs.lines.append(inputLine(stamp, path))
            if stamp != "-" { inputs.stamps[path] = stamp }
        }
        return inputs
    }

    /// An input file's line in the cache.
    static func inputLine(_ stamp: String, _ path: String) -> String { "in " + stamp + " " + path }

    static func stampText(_ stamp: FileStamp?) -> String {
        guard let stamp else { return "-" }
        return "\(stamp.size):\(stamp.modified):\(stamp.inode)"
    }

    /// The last build, as the cache file records it.
    struct Record {
        var inputs: [String] = []
        /// The ids each graph pass knew (`UseChecks`).
        var known: [ContentDigest] = []
        /// Every output file, sorted by path: its stamp and, for an entity page, its key.
        var outputs: [(path: String, stamp: String, key: ContentDigest?)] = []
        /// Every folder of the output ("" for the output itself) and its stamp, nil when
        /// it cannot be trusted (`OutputListing`).
        var folders: [String: FolderStamp?] = [:]
        var warnings: [Diagnostic] = []

        /// The input files whose lines are as recorded, by path; none when the program or
        /// the options (the first lines) differ.
        func unchangedFiles(_ now: Inputs) -> Set<String> {
            guard inputs.count >= 3, inputs.prefix(3).elementsEqual(now.lines.prefix(3)) else { return [] }
            // Both are in path order. With as many lines as last time, as after an edit,
            // each is compared with its counterpart: a path that moved along only counts
            // as changed, which costs its check and nothing else. Hashing 10,000 lines
            // made for the purpose took 10 ms of a one-edit rebuild.
            if inputs.count == now.lines.count {
                var same = Set<String>(minimumCapacity: now.paths.count)
                for (index, path) in zip(3..., now.paths) where inputs[index] == now.lines[index] && now.stamps[path] != nil {
                    same.insert(path)
                }
                return same
            }
            let recorded = Set(inputs.dropFirst(3))
            return Set(now.stamps.compactMap { path, stamp in recorded.contains(inputLine(stamp, path)) ? path : nil })
        }
    }

    /// The record, or nil when there is none or it is not one this program wrote whole.
    func read() -> Record? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return Self.record(from: [UInt8](data))
    }

    /// Read from the bytes, line by line, each line's fields found in place: through
    /// `String` and `Character`s, reading the record of 20,000 pages took a tenth of a
    /// one-edit rebuild, and through `split` into arrays of slices still 33 M
    /// instructions at 1,000 briefs.
    static func record(from bytes: [UInt8]) -> Record? {
        // The text ends "\nend " and sixteen hexadecimal digits: the digest of what is before.
        let tail = Array("\nend ".utf8)
        guard bytes.count >= tail.count + 17, bytes.last == 0x0A else { return nil }
        let bodyEnd = bytes.count - tail.count - 17
        guard bytes[bodyEnd..<bodyEnd + tail.count].elementsEqual(tail),
              let sum = ContentDigest(hex: bytes[(bodyEnd + tail.count)..<(bytes.count - 1)]),
              bytes.withUnsafeBytes({ ContentDigest(bytes: UnsafeRawBufferPointer(rebasing: $0[..<bodyEnd])) }) == sum
        else { return nil }
        return bytes.withUnsafeBufferPointer { all in record(lines: Lines(UnsafeBufferPointer(rebasing: all[..<bodyEnd]))) }
    }

    private static func record(lines: Lines) -> Record? {
        var lines = lines
        func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
        guard let first = lines.next(), first.elementsEqual(header.utf8) else { return nil }
        var record = Record()
        var line: UnsafeBufferPointer<UInt8>? = first  // the inputs' lines start with the header
        while let current = line, !current.starts(with: "ids ".utf8), !current.elementsEqual("ids".utf8) {
            record.inputs.append(text(current))
            line = lines.next()
        }
        // ids DIGEST...
        guard let current = line else { return nil }
        for field in current.dropFirst(4).split(separator: 0x20) {
            guard let digest = ContentDigest(hex: field) else { return nil }
            record.known.append(digest)
        }
        line = lines.next()
        while let current = line, current.starts(with: "out ".utf8) {
            // out STAMP KEY PATH; the path may hold spaces.
            guard let (stamp, rest) = Lines.field(after: 4, of: current), let (key, path) = Lines.field(after: 0, of: rest)
            else { return nil }
            record.outputs.append((text(path), text(stamp), ContentDigest(hex: key)))
            line = lines.next()
        }
        record.folders.reserveCapacity(record.outputs.count + 1)  // nearly a folder per page
        while let current = line, current.starts(with: "dir ".utf8) {
            // dir STAMP PATH
            guard let (stamp, path) = Lines.field(after: 4, of: current) else { return nil }
            let folder = text(path)
            record.folders[folder == "." ? "" : folder] = .some(FolderStamp(text: stamp))
            line = lines.next()
        }
        guard let current = line, current.elementsEqual("warnings".utf8) else { return nil }
        while let line = lines.next() {
            let fields = text(line).split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let row = Int(fields[1]), let column = Int(fields[2]) else { return nil }
            record.warnings.append(.warning(fields[3], at: SourceLocation(path: fields[0], line: row, column: column)))
        }
        return record
    }

    /// The lines of the record's text, in place; an empty line is a line.
    private struct Lines {
        private let text: UnsafeBufferPointer<UInt8>
        private var start = 0
        private var done = false

        init(_ text: UnsafeBufferPointer<UInt8>) { self.text = text }

        mutating func next() -> UnsafeBufferPointer<UInt8>? {
            guard !done else { return nil }
            var end = start
            while end < text.count, text[end] != 0x0A { end += 1 }
            defer { if end == text.count { done = true } else { start = end + 1 } }
            return UnsafeBufferPointer(rebasing: text[start..<end])
        }

        /// The field that starts `offset` bytes into `line` and ends at the next space, and
        /// what follows that space.
        static func field(after offset: Int, of line: UnsafeBufferPointer<UInt8>)
            -> (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>)? {
            var end = offset
            while end < line.count, line[end] != 0x20 { end += 1 }
            guard end < line.count else { return nil }
            return (UnsafeBufferPointer(rebasing: line[offset..<end]), UnsafeBufferPointer(rebasing: line[(end + 1)...]))
        }
    }

    /// The warnings of the last build, when its inputs and outputs are still as they were.
    /// The output's files (`present`, sorted) are looked at only when every input is unchanged.
    static func upToDate(_ record: Record?, inputs: Inputs, present: () -> [String],
                         output: OutputFolder) -> [Diagnostic]? {
        guard let record, record.inputs == inputs.lines else { return nil }
        let paths = present()
        guard paths.count == record.outputs.count else { return nil }
        let stamps = FileStamps(below: output.path, for: paths)
        for (path, last) in zip(paths, record.outputs) {
            guard path == last.path, stampText(stamps.stamp(of: path)) == last.stamp else { return nil }
        }
        return record.warnings
    }

    /// An entity page as the last build wrote it.
    typealias WrittenPage = (path: String, stamp: String, key: ContentDigest)

    /// The entity pages the output still holds as the last build wrote them (same size,
    /// mtime and inode), in the record's order (by path): the stamp and key each was
    /// written with.
    static func intactPages(_ record: Record?, output: OutputFolder) -> [WrittenPage] {
        guard let record else { return [] }
        let pages = record.outputs.compactMap { entry in entry.key.map { (entry.path, entry.stamp, $0) } }
        let stamps = FileStamps(below: output.path, for: pages.map(\.0))
        let intact = pages.parallelMap { page in stampText(stamps.stamp(of: page.0)) == page.1 }
        return zip(pages, intact).compactMap { page, same in same ? page : nil }
    }

    /// The entity pages of `files` that need not be made again: their file is intact and
    /// their key is the one it was written with. By path, with their stamps.
    static func reusable(_ files: [OutputFile], intact: [WrittenPage]) -> [String: String] {
        var kept: [String: String] = [:]
        kept.reserveCapacity(intact.count)
        // Both lists are in path order: they are walked side by side, no path hashed (a
        // page the record lists out of order is only made again). The files are read by
        // index: `for file in files` copied each, its closures kept and let go.
        var next = 0
        for index in files.indices {
            guard let key = files[index].key else { continue }
            let path = files[index].path
            while next < intact.count, intact[next].path.bytewisePrecedes(path) { next += 1 }
            guard next < intact.count, intact[next].path == path, intact[next].key == key else { continue }
            kept[path] = intact[next].stamp
        }
        return kept
    }

    /// Records a successful build whose output is `files` (without the mark): their
    /// stamps are taken without walking the folder, and those of the files it `kept`
    /// are known already. Should anything else be in the output, the next build's
    /// listing differs and the cache does not match. A cache that cannot be written
    /// only costs the next build its shortcuts.
    /// `kept`: the stamps of files left as they were, as text; `written`: of files
    /// just written. Any other file of `files` is looked at on disk.
    func save(inputs: Inputs, known: [ContentDigest], output: OutputFolder, files: [OutputFile],
              kept: [String: String] = [:], written: [String: FileStamp] = [:],
              folders: [String: FolderStamp?] = [:], warnings: [Diagnostic]) {
        // Written as bytes: 40,000 lines made as interpolated strings took 30 ms.
        let text = ByteBuffer(capacity: 100 * (files.count + folders.count))
        func line(_ parts: String...) {
            for (index, part) in parts.enumerated() {
                if index > 0 { text.append(0x20) }
                text.append(part)
            }
            text.append(0x0A)
        }
        for input in inputs.lines { line(input) }
        line((["ids"] + known.map(\.hex)).joined(separator: " "))
        // One line per output file, then per folder: made on both cores, a run at a time,
        // each written without making a text. Made on one core, they were a tenth of a
        // one-edit rebuild's time with the other core idle.
        let outputPath = output.path
        @Sendable func out(_ path: String, _ key: ContentDigest?, to text: ByteBuffer) {
            text.append("out ")
            text.append(kept[path] ?? Self.stampText(written[path] ?? FileStamp.of(outputPath + "/" + path)))
            text.append(0x20)
            if let key {
                var output = text  // the same buffer: `appendHex` takes its output `inout`
                key.appendHex(to: &output)
            } else {
                text.append(UInt8(ascii: "-"))
            }
            text.append(0x20)
            text.append(path)
            text.append(0x0A)
        }
        // In path order, the mark in its place (nil). The files come sorted; copying and
        // sorting them again with the mark, each copy a few references kept and let go,
        // took 15 ms of a rebuild. They are read by index: `for file in files` copied each.
        let sorted = files.indices.dropFirst().allSatisfy { files[$0 - 1].path.bytewisePrecedes(files[$0].path) }
            ? Array(files.indices) : files.indices.sorted { files[$0].path.bytewisePrecedes(files[$1].path) }
        let mark = OutputFolder.markName
        let markPlace = sorted.firstIndex { mark.bytewisePrecedes(files[$0].path) } ?? sorted.count
        let order: [Int?] = sorted[..<markPlace].map(Optional.some) + [nil] + sorted[markPlace...].map(Optional.some)
        for piece in Self.lines(order.count, { index, text in
            if let file = order[index] { out(files[file].path, files[file].key, to: text) } else { out(mark, nil, to: text) }
        }) { piece.withUnsafeBufferPointer { text.append($0) } }
        // In no particular order: the reader looks folders up by path.
        let folderList = Array(folders)
        for piece in Self.lines(folderList.count, { index, text in
            let (folder, stamp) = folderList[index]
            text.append("dir ")
            if let stamp { stamp.append(to: text) } else { text.append(UInt8(ascii: "-")) }
            text.append(0x20)
            text.append(folder.isEmpty ? "." : folder)
            text.append(0x0A)
        }) { piece.withUnsafeBufferPointer { text.append($0) } }
        line("warnings")
        for warning in warnings where !warning.message.contains("\n") && !warning.location.path.contains("\t") {
            line("\(warning.location.path)\t\(warning.location.line)\t\(warning.location.column)\t\(warning.message)")
        }
        // As `record(from:)` reads it: the text, then "end" and the digest of the text.
        text.removeLast()
        let digest = text.withUnsafeBytes { ContentDigest(bytes: $0) }
        text.append("\nend \(digest.hex)\n")
        let temporary = url.path + ".\(getpid())"
        guard PageWriter.writeFile(temporary, text.bytes) == nil, rename(temporary, url.path) == 0 else {
            unlink(temporary)
            return
        }
    }

    /// The lines of `count` items, made by `line` on both cores a run of items at a time:
    /// each run's bytes, in order.
    private static func lines(_ count: Int, _ line: @escaping @Sendable (Int, ByteBuffer) -> Void) -> [[UInt8]] {
        let runs = stride(from: 0, to: count, by: 2048).map { $0..<Swift.min($0 + 2048, count) }
        return runs.parallelMap(if: count >= 4096) { run in
            let text = ByteBuffer(capacity: 100 * run.count)
            for index in run { line(index, text) }
            return text.bytes
        }
    }
}
