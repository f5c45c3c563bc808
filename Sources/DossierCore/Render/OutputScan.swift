/// Reads rendered HTML the way a browser's tokenizer would, tolerantly, and names what
/// must never get into a page from content: a script that is not one of the theme's,
/// an element that runs or embeds code, an event-handler attribute, or a link or source
/// whose scheme is `javascript:`, `vbscript:` or `data:` (whatever its case, and with
/// entities, control characters and blanks undone). The fuzzers and the tests use it.
public enum OutputScan {
    /// A start tag with its attributes, names lowercased, values with entities decoded.
    public struct Tag: Sendable, Equatable {
        public var name: String
        public var attributes: [(name: String, value: String)]

        public static func == (a: Tag, b: Tag) -> Bool {
            a.name == b.name && a.attributes.elementsEqual(b.attributes) { $0 == $1 }
        }

        public func value(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    /// The first problem found, or nil. With `rawHTMLAllowed` (a site with
    /// `unsafe_html: true`) an editor may write any markup, so only the theme is checked:
    /// nothing is.
    public static func problem(inHTML html: String, rawHTMLAllowed: Bool = false) -> String? {
        rawHTMLAllowed ? nil : problems(inHTML: html).first
    }

    /// Every problem, in document order.
    public static func problems(inHTML html: String) -> [String] {
        var found: [String] = []
        for tag in tags(in: html) {
            if tag.name == "script" && !isThemeScript(tag) {
                found.append("a <script> that is not the theme's: \(tag.attributes)")
            }
            if forbiddenElements.contains(tag.name) { found.append("a <\(tag.name)> element") }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") { found.append("an event handler \(name)=\"\(value)\" on <\(tag.name)>") }
                if urlAttributes.contains(name), let scheme = dangerousScheme(value) {
                    found.append("a \(scheme) URL in \(name) of <\(tag.name)>: \(value)")
                }
            }
        }
        return found
    }

    /// The theme's own scripts: JSON-LD blocks, and the search page's script and index.
    static func isThemeScript(_ tag: Tag) -> Bool {
        if tag.attributes.count == 1, tag.value("type") == "application/ld+json" { return true }
        guard tag.attributes.count == 1, let src = tag.value("src") else { return false }
        return src.hasSuffix("assets/search.js") || src.hasSuffix("assets/search-index.js")
    }

    static let forbiddenElements: Set<String> = ["iframe", "object", "embed", "frame", "frameset", "applet",
                                                 "base", "style", "svg", "math", "template", "textarea", "xmp"]
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "srcset", "poster",
                                             "xlink:href", "background", "cite", "data", "lowsrc", "ping"]

    /// `javascript`, `vbscript` or `data` when `url` would be read with that scheme.
    public static func dangerousScheme(_ url: String) -> String? {
        // Browsers drop leading C0 controls and spaces, and tabs and newlines anywhere.
        let cleaned = url.unicodeScalars.drop { $0.value <= 0x20 }.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let lower = String(String.UnicodeScalarView(cleaned)).lowercased()
        return ["javascript", "vbscript", "data"].first { lower.hasPrefix($0 + ":") }
    }

    /// The start tags of `html`, in order. Comments, doctypes and end tags are skipped;
    /// the text of `script`, `style`, `textarea` and `title` runs to its end tag.
    public static func tags(in html: String) -> [Tag] {
        var scanner = TagScanner(Array(html.utf8))
        var tags: [Tag] = []
        while let tag = scanner.next() { tags.append(tag) }
        return tags
    }

    /// `&amp;`, `&#106;`, `&#x6A;` and a few named references that matter in URLs.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let name = after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
            var consumed = name.endIndex
            if consumed < after.endIndex, after[consumed] == ";" { consumed = after.index(after: consumed) }
            if let scalar = reference(String(name)) {
                out.unicodeScalars.append(scalar)
                rest = after[consumed...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    private static func reference(_ name: String) -> Unicode.Scalar? {
        let named: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
                                               "colon": ":", "tab": "\t", "newline": "\n", "nbsp": "\u{A0}"]
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
        return named[name.lowercased()]
    }
}

/// A tolerant walk over HTML bytes that hands out start tags.
private struct TagScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() -> OutputScan.Tag? {
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if starts(with: "<!--") { skip(past: "-->"); continue }
            if starts(with: "<!") || starts(with: "<?") || starts(with: "</") { skip(past: ">"); continue }
            guard index + 1 < bytes.count, isLetter(bytes[index + 1]) else { index += 1; continue }
            index += 1
            let tag = startTag()
            if ["script", "style", "textarea", "title", "xmp"].contains(tag.name) { skipRawText(until: tag.name) }
            return tag
        }
        return nil
    }

    private mutating func startTag() -> OutputScan.Tag {
        let name = word()
        var attributes: [(name: String, value: String)] = []
        while index < bytes.count {
            skipBlanks()
            guard index < bytes.count else { break }
            if bytes[index] == UInt8(ascii: ">") { index += 1; break }
            if bytes[index] == UInt8(ascii: "/") { index += 1; continue }
            let attribute = word()
            if attribute.isEmpty { index += 1; continue }
            skipBlanks()
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                skipBlanks()
                value = OutputScan.decodeEntities(attributeValue())
            }
            attributes.append((attribute, value))
        }
        return OutputScan.Tag(name: name, attributes: attributes)
    }

    /// A tag or attribute name: up to a blank, `/`, `>` or `=`, lowercased.
    private mutating func word() -> String {
        let start = index
        while index < bytes.count, !isBlank(bytes[index]),
              ![UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "=")].contains(bytes[index]) {
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
    }

    private mutating func attributeValue() -> String {
        guard index < bytes.count else { return "" }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            index += 1
            let start = index
            while index < bytes.count, bytes[index] != quote { index += 1 }
            defer { index = min(index + 1, bytes.count) }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        let start = index
        while index < bytes.count, !isBlank(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func skipRawText(until name: String) {
        let end = Array("</\(name)".utf8)
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), index + end.count <= bytes.count,
               bytes[index..<index + end.count].map(lowercase).elementsEqual(end) { return }
            index += 1
        }
    }

    private func starts(with text: String) -> Bool {
        let needle = Array(text.utf8)
        return index + needle.count <= bytes.count && bytes[index..<index + needle.count].elementsEqual(needle)
    }

    private mutating func skip(past text: String) {
        let needle = Array(text.utf8)
        index += 1
        while index < bytes.count, !starts(with: text) { index += 1 }
        index = min(index + needle.count, bytes.count)
    }

    private mutating func skipBlanks() { while index < bytes.count, isBlank(bytes[index]) { index += 1 } }
    private func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 12 || byte == 13 }
    private func isLetter(_ byte: UInt8) -> Bool { lowercase(byte) >= UInt8(ascii: "a") && lowercase(byte) <= UInt8(ascii: "z") }
    private func lowercase(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}
