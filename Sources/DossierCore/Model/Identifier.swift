/// Ids and slugs: lowercase ASCII letters, digits and single hyphens, 1 to 64 characters,
/// starting and ending with a letter or digit.
public enum Identifier {
    public static func isValid(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        guard (1...64).contains(bytes.count) else { return false }
        func isAlnum(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 48 && b <= 57) }
        guard isAlnum(bytes.first!), isAlnum(bytes.last!) else { return false }
        for (i, b) in bytes.enumerated() where !isAlnum(b) {
            guard b == 45, bytes[i - 1] != 45 else { return false }
        }
        return true
    }

    /// Why `text` is not an id, for a diagnostic.
    public static func problem(with text: String) -> String {
        if text.isEmpty { return "is empty" }
        if text.utf8.count > 64 { return "is longer than 64 characters" }
        if text != text.lowercased() { return "has upper-case letters (ids are lowercase: '\(text.lowercased())')" }
        if text.contains("--") { return "has a double hyphen" }
        if text.hasPrefix("-") || text.hasSuffix("-") { return "starts or ends with a hyphen" }
        return "may use only lowercase ASCII letters, digits and single hyphens"
    }
}
