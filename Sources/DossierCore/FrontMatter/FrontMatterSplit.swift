/// A Markdown file cut in two: the YAML between the first line `---` and the next line
/// `---`, and the body after it, each with the file line it starts on.
struct FrontMatterSplit: Sendable {
    var yaml: String
    /// The file's line number of the YAML's first line.
    var yamlFirstLine: Int
    var body: String
    /// The file's line number of the body's first line.
    var bodyFirstLine: Int

    enum Problem: Error, Equatable {
        case empty
        case noOpeningFence
        case unterminated
    }

    /// Splits `text`. A leading byte-order mark is skipped; `\r\n` line ends are accepted.
    static func split(_ text: String) throws(Problem) -> FrontMatterSplit {
        let bytes = Array(text.utf8)
        if bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) { throw .empty }
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineNumber = 1
        var yamlStart: Int?
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.count
            let isFence = isFenceLine(bytes[lineStart..<lineEnd])
            if let start = yamlStart, isFence {
                let bodyStart = min(lineEnd + 1, bytes.count)
                return FrontMatterSplit(
                    yaml: String(decoding: bytes[start..<lineStart], as: UTF8.self),
                    yamlFirstLine: 2,
                    body: String(decoding: bytes[bodyStart...], as: UTF8.self),
                    bodyFirstLine: lineNumber + 1)
            }
            if yamlStart == nil {
                guard isFence else { throw .noOpeningFence }
                yamlStart = lineEnd + 1
            }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        throw .unterminated
    }

    /// `---`, maybe followed by spaces, tabs or a carriage return.
    private static func isFenceLine(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.starts(with: [45, 45, 45]) else { return false }
        return line.dropFirst(3).allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 }
    }
}
