/// The tags of a template, `{{…}}`, found among its bytes with the default delimiters.
enum TemplateTags {
    struct Tag {
        /// What is between the braces, spaces trimmed: `> footer`, `#claims`, `title`.
        let text: Substring
        /// Of the tag's `{{`; the column in Unicode scalars, as every diagnostic's.
        let line: Int, column: Int

        /// `#`, `^`, `/`, `>`, `<`, `$`, `&`, `{`, `!`, `=` or `%`; nil for a variable.
        var sigil: Character? { text.first.flatMap { "#^/><$&{!=%".contains($0) ? $0 : nil } }
        /// The text after the sigil, spaces trimmed.
        var name: Substring { (sigil == nil ? text : text.dropFirst()).trimmingWhitespace() }
    }

    /// Tags are found among the bytes: `range(of:)` on the text took some 850,000
    /// instructions a template, on every build.
    static func scan(_ template: String) -> [Tag] {
        var tags: [Tag] = []
        let bytes = Array(template.utf8)
        var rest = 0, line = 1, lineStart = 0, counted = 0
        while let open = pair(UInt8(ascii: "{"), in: bytes, from: rest) {
            guard let close = pair(UInt8(ascii: "}"), in: bytes, from: open + 2) else { break }
            rest = close + 2
            while counted < open {
                if bytes[counted] == UInt8(ascii: "\n") { line += 1; lineStart = counted + 1 }
                counted += 1
            }
            let column = String(decoding: bytes[lineStart..<open], as: UTF8.self).unicodeScalars.count + 1
            let text = Substring(decoding: bytes[(open + 2)..<close], as: UTF8.self).trimmingWhitespace()
            tags.append(Tag(text: text, line: line, column: column))
        }
        return tags
    }

    /// Where `byte` first appears twice in a row at or after `start`.
    private static func pair(_ byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == byte, bytes[index + 1] == byte { return index }
            index += 1
        }
        return nil
    }
}

/// The partials and parents a template names: `{{> name}}` and `{{< name}}`, each once,
/// where it is first named. Dynamic names (`{{>*name}}`) cannot be checked before
/// rendering and are skipped; a template that changes its delimiters is scanned with
/// the default ones only.
enum PartialNames {
    struct Tag: Equatable {
        let name: String
        let isParent: Bool
        let line: Int, column: Int
    }

    static func find(in template: String) -> [Tag] {
        var tags: [Tag] = []
        for tag in TemplateTags.scan(template) where tag.sigil == ">" || tag.sigil == "<" {
            let name = String(tag.name)
            guard !name.isEmpty, !name.hasPrefix("*"), !tags.contains(where: { $0.name == name }) else { continue }
            tags.append(Tag(name: name, isParent: tag.sigil == "<", line: tag.line, column: tag.column))
        }
        return tags
    }
}

/// The names a template looks up in the page's fields: `{{name}}`, `{{{name}}}`,
/// `{{&name}}`, `{{#name}}`, `{{^name}}`; each part of a dotted name (`site.title`), and
/// what a transform is given (`count(briefs)`). Each once, where first looked up. None
/// for a template that changes its delimiters, which cannot be read with the default ones.
enum LookedUpNames {
    static func find(in template: String) -> [(name: String, line: Int, column: Int)] {
        let tags = TemplateTags.scan(template)
        if tags.contains(where: { $0.sigil == "=" }) { return [] }
        var found: [(name: String, line: Int, column: Int)] = []
        for tag in tags where [nil, "&", "{", "#", "^"].contains(tag.sigil) {
            var name = tag.name
            if let open = name.lastIndex(of: "("), let close = name[open...].firstIndex(of: ")") {
                name = name[name.index(after: open)..<close]
            }
            for part in name.split(separator: ".") where !found.contains(where: { $0.name == part }) {
                found.append((String(part), tag.line, tag.column))
            }
        }
        return found
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        var text = self
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return text
    }
}
