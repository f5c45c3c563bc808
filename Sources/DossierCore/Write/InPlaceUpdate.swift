import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Brings an output folder that dossier made up to date, file by file: a file whose
/// bytes do not change is not touched (it keeps its mtime), a changed or new file is
/// written beside its place first, and only when every file has been made are they
/// renamed into place and the files the site no longer has removed. If anything
/// fails before that, what was written is removed and the output is as it was.
struct InPlaceUpdate {
    let output: OutputFolder
    private let suffix: String

    /// What names a changed file written beside its place, before the process id.
    static let newFileMark = ".dossier-new-"

    init(output: OutputFolder, token: String = String(getpid())) {
        self.output = output
        suffix = Self.newFileMark + token
    }

    /// What the update did.
    struct Summary: Sendable, Equatable {
        var written: Int
        var removed: Int
        /// The folders whose entries this update changed (files were staged or removed in
        /// them, or they were made), and those it removed.
        var touchedFolders: Set<String> = []
        var removedFolders: Set<String> = []
    }

    /// Writes `files`, keeps the files `kept` as they are (by path, with their stamps),
    /// removes everything else. `present` is what the output holds, when it was listed
    /// beforehand.
    func publish(_ files: [OutputFile], keeping kept: [String: String] = [:], present: [String]? = nil,
                 shouldStop: @Sendable () -> Bool = { false }) throws(DossierError) -> Summary {
        let base = output.path
        // What is there now, listed while the files are made unless it was before. The
        // files being staged may show up in it; they are not part of what was there.
        let suffix = self.suffix
        let all = files + [OutputFile(Page(path: OutputFolder.markName, text: OutputFolder.markText))]
        // What was there and is not any more (stale), and what was there and is made
        // again (existing): found on the other core while the files are made. Looked up
        // in the sets there are, not in their union: a rebuild keeps thousands of files
        // and makes a few dozen.
        let made = Set(all.map(\.path))
        let listing = Background { () -> (stale: [String], existing: Set<String>) in
            let listed = (present ?? FileTreeListing.files(in: base)).filter { !$0.hasSuffix(suffix) }
            return (listed.filter { !made.contains($0) && kept[$0] == nil }.sorted(), Set(listed.filter(made.contains)))
        }
        var madeFolders: [String] = []
        do throws(DossierError) {
            madeFolders = try makeFolders(for: all.map(\.path), in: base)
            // A streamed file is the biggest: started first, the other core is not left
            // idle while it ends.
            let changed = try stage(all.filter { $0.pieces != nil } + all.filter { $0.pieces == nil },
                                    in: base, shouldStop: shouldStop)
            if shouldStop() { throw .interrupted }
            let (stale, existing) = listing.value
            let removedFolders = try commit(changed, replacing: existing, stale: stale, in: base)
            // A streamed file is staged beside its place even when it turns out the same.
            let staged = changed + all.filter { $0.pieces != nil }.map(\.path)
            var touched = Set(staged.map(PageWriter.parent(of:))).union(madeFolders)
            for path in stale { touched.insert(PageWriter.parent(of: path)) }
            for folder in madeFolders { touched.insert(PageWriter.parent(of: folder)) }
            for folder in removedFolders { touched.insert(PageWriter.parent(of: folder)) }
            return Summary(written: changed.count, removed: stale.count,
                           touchedFolders: touched, removedFolders: removedFolders)
        } catch {
            for path in all.map(\.path) { unlink(base + "/" + path + suffix) }
            for folder in madeFolders.reversed() { rmdir(base + "/" + folder) }
            throw error
        }
    }

    /// Makes the folders that do not exist yet; returns them, parents first.
    private func makeFolders(for paths: [String], in base: String) throws(DossierError) -> [String] {
        var made: [String] = []
        var needed = Set<String>()
        for path in paths {
            var parent = PageWriter.parent(of: path)
            while !parent.isEmpty, needed.insert(parent).inserted { parent = PageWriter.parent(of: parent) }
        }
        for folder in needed.sorted() where FileStamp.of(base + "/" + folder) == nil {
            guard mkdir(base + "/" + folder, 0o755) == 0 else {
                throw .writeFailed(path: base + "/" + folder, reason: String(cString: strerror(errno)))
            }
            made.append(folder)
        }
        return made
    }

    /// Makes every file on both cores and writes those that differ beside their place.
    private func stage(_ files: [OutputFile], in base: String,
                       shouldStop: @Sendable () -> Bool) throws(DossierError) -> [String] {
        let suffix = self.suffix
        let results = files.parallelMapOnNewThreads { file -> Result<String?, DossierError> in
            if shouldStop() { return .failure(.interrupted) }
            let target = base + "/" + file.path
            do throws(DossierError) {
                if let pieces = file.pieces {
                    return Self.stageStreamed(pieces, at: target, beside: target + suffix).map { $0 ? file.path : nil }
                }
                let bytes = try file.make()
                if Self.hasBytes(target, bytes) { return .success(nil) }
                if let failure = PageWriter.writeFile(target + suffix, bytes) { return .failure(failure) }
                return .success(file.path)
            } catch {
                return .failure(error)
            }
        }
        var changed: [String] = []
        for result in results {
            switch result {
            case .success(let path): if let path { changed.append(path) }
            case .failure(let error): throw error
            }
        }
        return changed
    }

    /// The renames, then the removals: nothing here reads or makes content. Returns the
    /// folders removed because they were left empty.
    ///
    /// A changed file that already existed (`existing`) is exchanged with the one in
    /// place rather than renamed over it, and the old one, now under the staged name, is
    /// then removed: ext4 writes a file renamed over another out to disk there and then
    /// (`auto_da_alloc`), which took 17 ms of a one-edit rebuild for the 26 MB
    /// `graph.json` of 10,000 briefs.
    private func commit(_ changed: [String], replacing existing: Set<String>, stale: [String],
                        in base: String) throws(DossierError) -> Set<String> {
        var replaced: [String] = []
        for path in changed {
            let target = base + "/" + path, staged = target + suffix
            if existing.contains(path), NameExchange.swap(staged, target) {
                replaced.append(staged)
            } else if rename(staged, target) != 0 {
                throw .writeFailed(path: target, reason: String(cString: strerror(errno)))
            }
        }
        for staged in replaced { unlink(staged) }
        var removed: Set<String> = []
        for path in stale {
            unlink(base + "/" + path)
            var parent = PageWriter.parent(of: path)
            while !parent.isEmpty, rmdir(base + "/" + parent) == 0 {
                removed.insert(parent)
                parent = PageWriter.parent(of: parent)
            }
        }
        return removed
    }

    /// Writes a streamed file beside its place while comparing it with the file there;
    /// true when they differ, else the new copy is removed again.
    static func stageStreamed(_ pieces: OutputFile.Pieces, at target: String,
                              beside staged: String) -> Result<Bool, DossierError> {
        let old = open(target, O_RDONLY | O_CLOEXEC)
        defer { if old >= 0 { close(old) } }
        var same = old >= 0
        var buffer: [UInt8] = []
        let failure = PageWriter.writeFile(staged) { emit in
            withoutActuallyEscaping(emit) { emit in
                pieces { piece in
                    if same {
                        if buffer.count != piece.count { buffer = [UInt8](repeating: 0, count: piece.count) }
                        same = readFully(old, into: &buffer) && buffer == piece
                    }
                    emit(piece)
                }
            }
        }
        if let failure {
            unlink(staged)
            return .failure(failure)
        }
        var probe: UInt8 = 0
        if same && read(old, &probe, 1) == 0 {
            unlink(staged)
            return .success(false)
        }
        return .success(true)
    }

    /// Fills `buffer` from `fd`; false at the end of the file or on an error.
    private static func readFully(_ fd: CInt, into buffer: inout [UInt8]) -> Bool {
        buffer.withUnsafeMutableBytes { raw in
            var done = 0
            while done < raw.count {
                let n = read(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
    }

    /// True when the file at `path` holds exactly `bytes`.
    static func hasBytes(_ path: String, _ bytes: [UInt8]) -> Bool {
        guard let stamp = FileStamp.of(path), stamp.size == bytes.count else { return false }
        guard let data = FileManager.default.contents(atPath: path), data.count == bytes.count else { return false }
        // Compared as whole buffers: through `Data`'s iterator, a byte at a time, this was
        // a tenth of a rebuild that makes every page again (after an upgrade, a new theme).
        guard !bytes.isEmpty else { return true }
        return data.withUnsafeBytes { old in
            bytes.withUnsafeBytes { new in memcmp(old.baseAddress!, new.baseAddress!, new.count) == 0 }
        }
    }
}
