/// YAML text cut into lines of Unicode scalars, as YAML counts them: at every line feed,
/// with the carriage return of a CRLF ending dropped. Cut as `Character`s instead, a file
/// saved with CRLF endings would be a single line: "\r\n" is one `Character`.
enum YAMLLines {
    static func of(_ yaml: String) -> [Substring.UnicodeScalarView] {
        yaml.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? line.dropLast() : line
        }
    }
}
