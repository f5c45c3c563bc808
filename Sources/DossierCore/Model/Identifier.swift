/// Ids and slugs: lowercase ASCII letters, digits and single hyphens, 1 to 64 characters,
/// starting and ending with a letter or digit.
public enum Identifier {
    /// Read over the bytes in place: copied into an array first, this was most of what
    /// checking a body reference cost (every reference of every brief, on every build).
    public static func isValid(_ text: some StringProtocol) -> Bool {
        guard (1...64).contains(text.utf8.count) else { return false }
        // A hyphen counts as coming before the first byte: the text cannot start with one.
        var previous = UInt8(ascii: "-")
        for byte in text.utf8 {
            if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                previous = byte
                continue
            }
            guard byte == UInt8(ascii: "-"), previous != UInt8(ascii: "-") else { return false }
            previous = byte
        }
        return previous != UInt8(ascii: "-")
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
