/// A YAML value as front-matter uses it, with the place it starts in the YAML text
/// (line and character column, both from 1). Made by `FastYAML` for the common
/// shapes of front-matter, or converted from Yams for everything else.
struct YAMLNode: Sendable {
    enum Content: Sendable {
        /// `plain` is false for quoted text: `"~"` is the text "~", not nothing.
        case scalar(String, plain: Bool)
        case mapping([(key: YAMLNode, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    var content: Content
    var line: Int
    var column: Int
    /// Carries an anchor (`&name`): refused by the reader.
    var isAnchored = false

    var scalar: String? {
        if case let .scalar(text, _) = content { return text }
        return nil
    }
}
