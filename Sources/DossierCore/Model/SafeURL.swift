/// The addresses and tags the format accepts.
public enum SafeURL {
    /// `http://host…` or `https://host…`, with no spaces, quotes or angle brackets.
    public static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = lower.dropFirst(8) }
        else if lower.hasPrefix("http://") { rest = lower.dropFirst(7) }
        else { return false }
        guard let host = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first,
              !host.isEmpty, !host.hasPrefix("@"), !host.hasPrefix(":") else { return false }
        return text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !"\"<>\\`{}|^".unicodeScalars.contains($0) }
    }

    /// The schemes a Markdown link or image in a body may use; a destination without a
    /// scheme (`../x/`, `#part`, `page.html`) is relative and always allowed.
    public static let bodySchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// Whether a link or image destination written in a body may reach an `href` or `src`.
    /// The scheme is read as a browser reads it: leading blanks and control characters
    /// dropped, tabs and line breaks removed anywhere, letters in any case.
    public static func isBodyLink(_ destination: String) -> Bool {
        refusedScheme(of: destination) == nil
    }

    /// The scheme that keeps a body link or image from its destination, if it has one.
    static func refusedScheme(of destination: String) -> String? {
        guard let scheme = scheme(of: destination), !bodySchemes.contains(scheme) else { return nil }
        return scheme
    }

    /// The lowercased scheme of a URL (`javascript` for ` JaVa\tScript:x`), or nil for a relative one.
    static func scheme(of url: String) -> String? {
        let scalars = url.unicodeScalars.drop { $0.value <= 0x20 }.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        var scheme = ""
        for scalar in scalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme }
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isOther = ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."
            guard isLetter || (isOther && !scheme.isEmpty) else { return nil }
            scheme.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value | 0x20)))  // ASCII lowercase
        }
        return nil
    }

    /// A BCP 47 language tag in its common shape: `en`, `en-GB`, `zh-Hant-TW`.
    public static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
