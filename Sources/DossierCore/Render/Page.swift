/// One file of the built site: where it goes in the output folder and its bytes.
public struct Page: Sendable, Hashable {
    /// Relative to the output folder, with `/` separators: `briefs/nk-troops/index.html`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
