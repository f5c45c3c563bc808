import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Makes files and writes them into a folder, making the folders they need, on both
/// cores: each file's bytes are made, written and dropped before the next. One thread
/// more than there are cores: while one waits to make a folder, the others render.
enum PageWriter {
    /// `made`: folders that exist already (`FoldersAhead`); those left without a file are removed.
    static func write(_ files: [OutputFile], into folder: URL, made: Set<String> = [],
                      shouldStop: @Sendable () -> Bool = { false }) throws(DossierError) {
        let base = folder.path
        // Folders that hold folders are made first; the rest (nearly one per page) are
        // made on both cores, each just before the first file written into it.
        let folders = Set(files.map { parent(of: $0.path) }).subtracting([""])
        let holders = Set(folders.map { parent(of: $0) }).subtracting([""])
        for directory in holders.sorted() where !made.contains(directory) { try makeDirectory(base + "/" + directory) }
        for unused in made.subtracting(folders).subtracting(holders) { rmdir(base + "/" + unused) }
        let spread = FolderSpread(parents: holders.map { base + "/" + $0 })
        let ordered = firstTheLargest(files)
        let failures = ordered.parallelMapOnNewThreads(extraThreads: 1) { file -> DossierError? in
            if shouldStop() { return .interrupted }
            let folder = parent(of: file.path)
            if !folder.isEmpty, !holders.contains(folder), !made.contains(folder),
               !spread.makeFolder(name(of: folder), in: base + "/" + parent(of: folder)), errno != EEXIST {
                return .writeFailed(path: base + "/" + folder, reason: String(cString: strerror(errno)))
            }
            do throws(DossierError) {
                if let pieces = file.pieces { return writeFile(base + "/" + file.path, pieces: pieces) }
                return writeFile(base + "/" + file.path, try file.make())
            } catch {
                return error
            }
        }
        // The failure of the first file by path, whatever order they were made in.
        let failed = zip(ordered, failures).filter { $0.1 != nil }
        if let first = failed.min(by: { $0.0.path.bytewisePrecedes($1.0.path) }) { throw first.1! }
    }

    /// The files that are not the one page of a folder (lists, feeds, open data) first:
    /// they are the largest, and one of them made last kept a core busy alone at the end
    /// of a build while the other waited.
    static func firstTheLargest(_ files: [OutputFile]) -> [OutputFile] {
        func isFolderPage(_ file: OutputFile) -> Bool { file.path.utf8.count(where: { $0 == UInt8(ascii: "/") }) >= 2 }
        return files.filter { !isFolderPage($0) } + files.filter(isFolderPage)
    }

    /// Makes `folders` (paths inside `base`) and the folders holding them, in this
    /// order, until `shouldStop`; returns those made, holders included. One that cannot
    /// be made is left to the writer, which reports why.
    static func makeFolders(_ folders: [String], into base: String, shouldStop: () -> Bool) -> Set<String> {
        var made: Set<String> = []
        let holders = Set(folders.map { parent(of: $0) }).subtracting([""])
        for holder in holders.sorted() where mkdir(base + "/" + holder, 0o755) == 0 { made.insert(holder) }
        let spread = FolderSpread(parents: made.map { base + "/" + $0 })
        for folder in folders {
            if shouldStop() { break }
            let holder = parent(of: folder)
            guard made.contains(holder) else { continue }
            if spread.makeFolder(name(of: folder), in: base + "/" + holder) { made.insert(folder) }
        }
        return made
    }

    // The slash is found among the bytes: `lastIndex(of: "/")` compared `Character`s,
    // some 4,000 instructions a path, and a rebuild asks for 40,000 parents.
    static func name(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    private static func makeDirectory(_ path: String) throws(DossierError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: path, reason: StagedWrite.reason(error))
        }
    }

    /// One `open`, one `write` loop, one `close`: no Foundation on the hot path.
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> DossierError? {
        writeFile(path) { emit in emit(bytes) }
    }

    /// A file written a piece at a time; after a failure the rest is not written.
    static func writeFile(_ path: String, pieces: (_ emit: ([UInt8]) -> Void) -> Void) -> DossierError? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .writeFailed(path: path, reason: String(cString: strerror(errno))) }
        var failure: DossierError?
        pieces { piece in
            if failure == nil, !writeAll(fd, piece) {
                failure = .writeFailed(path: path, reason: String(cString: strerror(errno)))
            }
        }
        if close(fd) != 0, failure == nil {
            return .writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
        return failure
    }

    /// False with `errno` set when a write fails.
    static func writeAll(_ fd: CInt, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += n
            }
            return true
        }
    }
}
