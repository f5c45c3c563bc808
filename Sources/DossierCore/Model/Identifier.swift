import Foundation

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

    /// Why `text` is not an id, for a diagnostic, with the id it most likely meant.
    public static func problem(with text: String) -> String {
        problem(with: text, meant: suggestion(for: text))
    }

    /// Why `text` is not an id, and " (did you mean 'x'?)" when `meant` is given.
    static func problem(with text: String, meant: String?) -> String {
        reason(text) + (meant.map { " (did you mean '\($0)'?)" } ?? "")
    }

    private static func reason(_ text: String) -> String {
        if text.isEmpty { return "is empty" }
        if text.utf8.count > 64 { return "is longer than 64 characters" }
        if text != text.lowercased() { return "has upper-case letters" }
        if text.contains("--") { return "has a double hyphen" }
        if text.hasPrefix("-") || text.hasSuffix("-") { return "starts or ends with a hyphen" }
        return "may use only lowercase ASCII letters, digits and single hyphens"
    }

    /// The id an editor most likely meant by `text`: lower-cased, accents dropped, and
    /// each run of anything else (spaces, underscores, dots, hyphens) one hyphen:
    /// `The_Kremlin` is `the-kremlin`, `Élysée Palace` is `elysee-palace`. Nil when no
    /// such id can be made (a letter outside ASCII, like `ł`, or more than 64 characters)
    /// or when `text` is an id already.
    public static func suggestion(for text: String) -> String? {
        var id = String.UnicodeScalarView(), separated = false
        for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if separated && !id.isEmpty { id.append("-") }
                separated = false
                id.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                return nil
            } else {
                separated = true
            }
        }
        let meant = String(id)
        return meant != text && isValid(meant) ? meant : nil
    }
}
