import ArgumentParser
import DossierCore
import Foundation

/// What the command prints: diagnostics and failures on standard error.
enum Terminal {
    static func print(_ report: DiagnosticReport) {
        for line in report.lines() { printError(line) }
        if let summary = report.summary { printError(summary) }
    }

    /// Runs `body`; a failure is printed as `dossier: error: …` and exits non-zero.
    static func run<T>(_ body: () throws(DossierError) -> T) throws -> T {
        do {
            return try body()
        } catch .contentHasErrors(let report) {
            print(report)
            throw ExitCode.failure
        } catch {
            printError("dossier: error: \(error)")
            throw ExitCode(error == .interrupted ? Interruption.exitStatus : 1)
        }
    }

    /// The line a successful build ends with: `site: 12 of 20342 files written, 1 removed, in 0.72 s`,
    /// or `site: up to date in 0.01 s` when the output already was what the build would write.
    static func buildSummary(output: String, counts: Timings, elapsed: Duration) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let time = "in " + String(format: "%.2f", seconds) + " s"
        guard let total = counts.counted("in the output"), let written = counts.counted("written") else {
            return "\(output): up to date \(time)"
        }
        let removed = counts.counted("removed") ?? 0
        let files = written == total ? "\(total) files written" : "\(written) of \(total) files written"
        return "\(output): \(files)\(removed > 0 ? ", \(removed) removed," : "") \(time)"
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
