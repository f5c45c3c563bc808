/// Finds the first alias (`*name`) in YAML text without composing it. Front-matter never
/// allows anchors or aliases, and an alias is where a "billion laughs" bomb expands:
/// composing `b: [*a, *a, …]` nine levels deep makes a tree of billions of nodes, and Yams
/// hashes alias keys in full. So text with an alias is refused before it reaches Yams.
///
/// A light scanner, not a YAML parser: it skips comments, quoted scalars (over several
/// lines too) and block scalars (`|`, `>`), and takes a `*` followed by a name character
/// to be an alias where a node may start: at the start of a line, after `- `, `: `, `? `,
/// or, inside a flow collection, after `[`, `{` and `,`. YAML reads a `*` there as an alias, never as text.
enum YAMLAliases {
    static func first(in yaml: String) -> (line: Int, column: Int)? {
        var scanner = Scanner()
        var line = 1
        for text in YAMLLines.of(yaml) {
            if let column = scanner.scan(Array(text)) { return (line, column) }
            line += 1
        }
        return nil
    }

    private struct Scanner {
        /// Open quote character while inside a quoted scalar that spans lines.
        var quote: Unicode.Scalar?
        /// The indentation of the line that opened a block scalar, while inside it.
        var blockIndent: Int?
        /// How many flow collections (`[`, `{`) are open, over lines too.
        var flowDepth = 0

        /// The column (from 1) of the first alias on this line, if any.
        mutating func scan(_ line: [Unicode.Scalar]) -> Int? {
            let indent = line.prefix { $0 == " " }.count
            if let parent = blockIndent {
                if indent == line.count || indent > parent { return nil }
                blockIndent = nil
            }
            var index = 0
            var nodeStart = true
            if let open = quote {
                guard let end = closingQuote(open, in: line, from: 0) else { return nil }
                quote = nil
                index = end + 1
                nodeStart = false
            }
            var lastIndicator: Unicode.Scalar?
            while index < line.count {
                let c = line[index]
                if c == " " || c == "\t" { if lastIndicator != nil { nodeStart = true }; index += 1; continue }
                if c == "#" && (index == 0 || line[index - 1] == " " || line[index - 1] == "\t") { return nil }
                if nodeStart {
                    if c == "*", index + 1 < line.count, isNameCharacter(line[index + 1]) { return index + 1 }
                    if c == "\"" || c == "'" {
                        guard let end = closingQuote(c, in: line, from: index + 1) else { quote = c; return nil }
                        index = end + 1; nodeStart = false; lastIndicator = nil; continue
                    }
                    if c == "&" || c == "!" {
                        // An anchor or a tag before the node: the node still starts after it.
                        while index < line.count, line[index] != " ", line[index] != "\t" { index += 1 }
                        continue
                    }
                    if (c == "|" || c == ">") && isBlockHeader(line[(index + 1)...]) { blockIndent = indent; return nil }
                }
                switch c {
                case "[" where nodeStart, "{" where nodeStart:
                    flowDepth += 1; nodeStart = true; lastIndicator = nil
                case "," where flowDepth > 0:
                    nodeStart = true; lastIndicator = nil
                case "]" where flowDepth > 0, "}" where flowDepth > 0:
                    flowDepth -= 1; nodeStart = false; lastIndicator = nil
                case "-", ":", "?":
                    // An indicator only when a blank follows; else part of a plain scalar.
                    let next = index + 1 < line.count ? line[index + 1] : " "
                    if next == " " || next == "\t" { lastIndicator = c; nodeStart = false } else { nodeStart = false; lastIndicator = nil }
                    if index + 1 == line.count && c == ":" { nodeStart = true }
                default:
                    nodeStart = false; lastIndicator = nil
                }
                index += 1
            }
            return nil
        }

        /// Where the quote opened before `start` closes on this line (`''` and `\"` do not close).
        private func closingQuote(_ quote: Unicode.Scalar, in line: [Unicode.Scalar], from start: Int) -> Int? {
            var index = start
            while index < line.count {
                if quote == "\"" && line[index] == "\\" { index += 2; continue }
                if line[index] == quote {
                    if quote == "'" && index + 1 < line.count && line[index + 1] == "'" { index += 2; continue }
                    return index
                }
                index += 1
            }
            return nil
        }

        /// `|`, `>-`, `|2+` … followed by nothing but blanks or a comment.
        private func isBlockHeader(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
            let header = rest.prefix { $0 == "-" || $0 == "+" || ("1"..."9").contains($0) }
            let after = rest.dropFirst(header.count).drop { $0 == " " || $0 == "\t" }
            return after.isEmpty || after.first == "#"
        }

        private func isNameCharacter(_ c: Unicode.Scalar) -> Bool {
            !(c == " " || c == "\t" || c == "," || c == "[" || c == "]" || c == "{" || c == "}")
        }
    }
}
