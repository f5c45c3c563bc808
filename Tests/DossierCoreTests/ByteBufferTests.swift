import Testing
@testable import DossierCore

/// Pages are rendered into a `ByteBuffer`; an indented partial puts its indentation in
/// before what is already there.
@Suite struct ByteBufferTests {
    static func text(_ buffer: ByteBuffer) -> String { String(decoding: buffer.bytes, as: UTF8.self) }

    @Test func insertedTextMovesWhatFollowsAlong() {
        let buffer = ByteBuffer()
        buffer.append("line one\nline two\n")
        buffer.insert("  ", at: 9)
        buffer.insert("> ", at: 0)
        buffer.insert("end", at: buffer.count)
        buffer.insert("", at: 4)
        #expect(Self.text(buffer) == "> line one\n  line two\nend")
        #expect(buffer[0] == UInt8(ascii: ">") && buffer[buffer.count - 1] == UInt8(ascii: "d"))
    }

    @Test func anInsertBeyondTheCapacityGrowsTheBuffer() {
        let buffer = ByteBuffer(capacity: 0)
        let line = String(repeating: "x", count: 255) + "\n"
        buffer.append(line)
        let indentation = String(repeating: "é", count: 200)  // 400 bytes
        buffer.insert(indentation, at: 128)
        #expect(buffer.count == 256 + 400)
        #expect(Self.text(buffer) == String(line.prefix(128)) + indentation + String(line.dropFirst(128)))
    }
}
