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

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
