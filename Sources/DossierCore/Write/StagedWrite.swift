import Foundation

/// Writes a whole site into a staging folder beside the output, then swaps it in.
/// Until the swap, the previous output is untouched; if anything fails, the staging
/// folder is removed and the previous output stays exactly as it was.
struct StagedWrite {
    let output: OutputFolder
    let staging: URL
    private let previous: URL

    /// What names the staging folder and the previous output while they are swapped,
    /// after `.NAME` and before the process id.
    static let stagingMark = ".dossier-staging-", previousMark = ".dossier-previous-"

    init(output: OutputFolder, token: String = String(getpid())) {
        self.output = output
        let parent = output.url.deletingLastPathComponent()
        let name = output.url.lastPathComponent
        staging = parent.appendingPathComponent(".\(name)\(Self.stagingMark)\(token)")
        previous = parent.appendingPathComponent(".\(name)\(Self.previousMark)\(token)")
    }

    /// Writes `pages` and the mark, then replaces the output with them.
    func publish(_ pages: [Page], shouldStop: @Sendable () -> Bool = { false }) throws(DossierError) {
        try publish(pages.map(OutputFile.init), shouldStop: shouldStop)
    }

    /// Makes and writes `files` and the mark, then replaces the output with them.
    /// `ahead`: the staging folder is prepared already, with these folders made in it.
    /// Returns each file's stamp, which the swap does not change.
    @discardableResult
    func publish(_ files: [OutputFile], ahead: Set<String>? = nil,
                 shouldStop: @Sendable () -> Bool = { false }) throws(DossierError) -> [String: FileStamp] {
        do throws(DossierError) {
            if ahead == nil { try prepare() }
            var stamps = try PageWriter.write(files, into: staging, made: ahead ?? [], shouldStop: shouldStop)
            let mark = try PageWriter.write([OutputFile(Page(path: OutputFolder.markName, text: OutputFolder.markText))], into: staging)
            stamps.merge(mark) { _, mark in mark }
            if shouldStop() { throw .interrupted }
            try swap()
            return stamps
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    /// Removes what a build cut short left; the staging folder is then new and empty.
    func prepare() throws(DossierError) {
        removeAbandoned()
        try? FileManager.default.removeItem(at: staging)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: staging.path, reason: Self.reason(error))
        }
    }

    /// Removes the staging folder: for a build that fails before `publish`.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Two renames: the old output aside, the new one in place; then the old one goes.
    private func swap() throws(DossierError) {
        let fm = FileManager.default
        let hadOutput = fm.fileExists(atPath: output.path)
        do {
            if hadOutput { try fm.moveItem(at: output.url, to: previous) }
        } catch {
            throw .writeFailed(path: output.path, reason: Self.reason(error))
        }
        do {
            try fm.moveItem(at: staging, to: output.url)
        } catch {
            if hadOutput { try? fm.moveItem(at: previous, to: output.url) }
            throw .writeFailed(path: output.path, reason: Self.reason(error))
        }
        try? fm.removeItem(at: previous)
    }

    /// Staging folders of builds that were killed outright (no chance to clean up):
    /// those of this output whose process no longer runs.
    private func removeAbandoned() {
        let parent = output.url.deletingLastPathComponent()
        let name = output.url.lastPathComponent
        let prefixes = [".\(name)\(Self.stagingMark)", ".\(name)\(Self.previousMark)"]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] {
            guard let prefix = prefixes.first(where: entry.hasPrefix),
                  let pid = Int32(entry.dropFirst(prefix.count)), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? DossierError, case let .writeFailed(_, reason) = error { return reason }
        return (error as NSError).localizedDescription
    }
}
