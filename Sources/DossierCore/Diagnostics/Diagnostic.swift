/// One problem found in a site, at the place an editor has to change.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// GCC style: `Content/briefs/x.md:12:9: error: unknown actor 'lloyd-austn'`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    public static func < (a: Self, b: Self) -> Bool {
        if a.location != b.location { return a.location < b.location }
        return a.message < b.message
    }
}
