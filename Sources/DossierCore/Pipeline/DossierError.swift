/// Failures that stop a run before or after the content is read: not a site, or an
/// output folder that must not be touched. Content problems are diagnostics instead.
public enum DossierError: Error, Equatable, CustomStringConvertible {
    case notASite(String)
    case contentHasErrors(DiagnosticReport)
    case unsafeOutput(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    case template(name: String, reason: String)
    case interrupted

    public var description: String {
        switch self {
        case .notASite(let path):
            return "\(path) is not a Dossier site: it has no Content/briefs/ folder"
        case .contentHasErrors(let report):
            return report.summary ?? "the content has errors"
        case .unsafeOutput(let path, let reason):
            return "refusing to write to \(path): \(reason)"
        case .writeFailed(let path, let reason):
            return "cannot write \(path): \(reason); the previous output is untouched"
        case .template(let name, let reason):
            return "template \(name): \(reason)"
        case .interrupted:
            return "interrupted; the previous output is untouched"
        }
    }
}
