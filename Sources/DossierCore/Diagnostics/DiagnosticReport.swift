/// All diagnostics of a run, sorted and without repeats, with the closing count.
public struct DiagnosticReport: Sendable, Equatable {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: some Sequence<Diagnostic>) {
        self.diagnostics = Array(Set(diagnostics)).sorted()
    }

    /// This report with `more` diagnostics, sorted in.
    public func adding(_ more: [Diagnostic]) -> DiagnosticReport {
        DiagnosticReport(diagnostics + more)
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The lines to print, at most `limit` diagnostics followed by "… and N more".
    public func lines(limit: Int = 1000) -> [String] {
        var lines = diagnostics.prefix(limit).map(\.description)
        if diagnostics.count > limit {
            lines.append("… and \(diagnostics.count - limit) more")
        }
        return lines
    }

    /// "3 errors in 2 files", "1 error and 2 warnings in 1 file", or nil when clean.
    public var summary: String? {
        guard !diagnostics.isEmpty else { return nil }
        let files = Set(diagnostics.map(\.location.path)).count
        var parts: [String] = []
        let errorCount = errors.count, warningCount = warnings.count
        if errorCount > 0 { parts.append(Self.count(errorCount, "error")) }
        if warningCount > 0 { parts.append(Self.count(warningCount, "warning")) }
        return parts.joined(separator: " and ") + " in " + Self.count(files, "file")
    }

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
