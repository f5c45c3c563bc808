/// Turns cmark's positions (lines, UTF-8 byte columns) into the file's lines and
/// character columns.
struct LineIndex {
    private let bytes: [UInt8]
    private let starts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 10 { starts.append(offset + 1) }
        self.starts = starts
    }

    /// The byte offset of a (line, byte column) pair, clamped to the text.
    func offset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= starts.count else { return bytes.count }
        return min(bytes.count, starts[line - 1] + max(0, byteColumn - 1))
    }

    /// Line and character column (from 1) of a byte offset.
    func position(ofOffset offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let column = bytes[starts[low]..<min(offset, bytes.count)].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (low + 1, column)
    }

    /// Where `needle` first stands from an offset on, if it does.
    func firstOffset(of needle: String, from start: Int) -> Int? {
        let needle = Array(needle.utf8)
        guard !needle.isEmpty, start >= 0 else { return nil }
        var candidate = start
        while candidate + needle.count <= bytes.count {
            if bytes[candidate..<candidate + needle.count].elementsEqual(needle) { return candidate }
            candidate += 1
        }
        return nil
    }

    /// Where `needle` last stands between two offsets, if it does.
    func lastOffset(of needle: String, from start: Int, to end: Int) -> Int? {
        let needle = Array(needle.utf8)
        guard !needle.isEmpty, end - start >= needle.count else { return nil }
        var candidate = end - needle.count
        while candidate >= start {
            if bytes[candidate..<candidate + needle.count].elementsEqual(needle) { return candidate }
            candidate -= 1
        }
        return nil
    }
}
