import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Makes files and writes them into a folder, making the folders they need, on both
/// cores: each file's bytes are made, written and dropped before the next. One thread
/// more than there are cores: while one waits to make a folder, the others render.
enum PageWriter {
    /// `made`: folders that exist already (`FoldersAhead`); those left without a file are removed.
    /// Returns each file's stamp as it was written (`fstat` before `close`): the build
    /// cache records them, and a `stat` of each path afterwards, on one thread, was the
    /// last 30–40 ms of a first build while the other core waited.
    @discardableResult
    static func write(_ files: [OutputFile], into folder: URL, made: Set<String> = [],
                      shouldStop: @Sendable () -> Bool = { false }) throws(DossierError) -> [String: FileStamp] {
        let base = folder.path
        // Folders that hold folders are made first; the rest (nearly one per page) are
        // made on both cores, each just before the first file written into it.
        let folders = Self.holders(of: files.map(\.path))
        let holders = Self.holders(of: folders)
        for directory in holders.sorted() where !made.contains(directory) { try makeDirectory(base + "/" + directory) }
        for unused in made.subtracting(folders).subtracting(holders) { rmdir(base + "/" + unused) }
        let spread = FolderSpread(parents: holders.map { base + "/" + $0 })
        let ordered = firstTheLargest(files)
        let results = ordered.parallelMapOnNewThreads(extraThreads: 1) { file -> Result<FileStamp, DossierError> in
            if shouldStop() { return .failure(.interrupted) }
            let folder = parent(of: file.path)
            if !folder.isEmpty, !holders.contains(folder), !made.contains(folder),
               !spread.makeFolder(name(of: folder), in: base + "/" + parent(of: folder)), errno != EEXIST {
                return .failure(.writeFailed(path: base + "/" + folder, reason: String(cString: strerror(errno))))
            }
            do throws(DossierError) {
                if let pieces = file.pieces { return writeStamped(base + "/" + file.path, pieces: pieces) }
                let bytes = try file.make()
                return writeStamped(base + "/" + file.path) { emit in emit(bytes) }
            } catch {
                return .failure(error)
            }
        }
        var stamps: [String: FileStamp] = [:]
        stamps.reserveCapacity(files.count)
        // The failure reported is the first file's by path, whatever order they were made in.
        var failed: (path: String, error: DossierError)?
        for (file, result) in zip(ordered, results) {
            switch result {
            case .success(let stamp): stamps[file.path] = stamp
            case .failure(let error):
                if failed.map({ file.path.bytewisePrecedes($0.path) }) ?? true { failed = (file.path, error) }
            }
        }
        if let failed { throw failed.error }
        return stamps
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
        for holder in Self.holders(of: folders).sorted() where mkdir(base + "/" + holder, 0o755) == 0 { made.insert(holder) }
        let spread = FolderSpread(parents: made.map { base + "/" + $0 })
        for folder in folders {
            if shouldStop() { break }
            let holder = parent(of: folder)
            guard made.contains(holder) else { continue }
            if spread.makeFolder(name(of: folder), in: base + "/" + holder) { made.insert(folder) }
        }
        return made
    }

    /// The folders that hold `paths`, the output itself left out.
    static func holders(of paths: some Sequence<String>) -> Set<String> {
        Set(paths.map { parent(of: $0) }).subtracting([""])
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
        if case .failure(let failure) = writeStamped(path, pieces: pieces) { return failure }
        return nil
    }

    /// `writeFile`, and the file's stamp once written.
    static func writeStamped(_ path: String, pieces: (_ emit: ([UInt8]) -> Void) -> Void) -> Result<FileStamp, DossierError> {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .failure(.writeFailed(path: path, reason: String(cString: strerror(errno)))) }
        var failure: DossierError?
        pieces { piece in
            if failure == nil, !writeAll(fd, piece) {
                failure = .writeFailed(path: path, reason: String(cString: strerror(errno)))
            }
        }
        var info = stat()
        if failure == nil, fstat(fd, &info) != 0 {
            failure = .writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
        if close(fd) != 0, failure == nil {
            return .failure(.writeFailed(path: path, reason: String(cString: strerror(errno))))
        }
        if let failure { return .failure(failure) }
        return .success(FileStamp(info))
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
