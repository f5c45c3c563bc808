/// Files and folders that look meant for the site but that Dossier does not read: a
/// brief saved as `x.markdown` or `x.MD`, a folder `Content/brief/`. Each is a warning,
/// since nothing else would tell the editor why the brief is not on the site.
enum NotRead {
    /// Endings of Markdown files other than `.md`.
    static let markdownEndings: Set<String> = ["md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtext", "mdtxt"]

    /// The folders `Content/` holds.
    static let contentFolders = ["actors", "briefs"]

    /// Of the files passed over in `Content/briefs/` and `Content/actors/`, the Markdown ones.
    static func files(_ paths: [String]) -> [Diagnostic] {
        paths.sorted().compactMap { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let dot = name.lastIndex(of: "."), name.first != ".",
                  markdownEndings.contains(name[name.index(after: dot)...].lowercased()) else { return nil }
            return .warning("this file is not read: briefs and profiles are files ending in .md (rename it '\(name[..<dot]).md')",
                            at: SourceLocation(path: path))
        }
    }

    /// The entries of `Content/` other than its two folders: folders, and Markdown files.
    static func contentEntries(_ names: [String], isFolder: (String) -> Bool) -> [Diagnostic] {
        names.sorted().compactMap { name in
            guard !name.hasPrefix("."), !contentFolders.contains(name) else { return nil }
            let isMarkdown = name.lastIndex(of: ".").map { markdownEndings.contains(name[name.index(after: $0)...].lowercased()) } ?? false
            guard isFolder(name) || isMarkdown else { return nil }
            return .warning("this is not read: Dossier reads briefs from Content/briefs/ and profiles from Content/actors/"
                            + Suggestion.hint(for: name, among: contentFolders), at: SourceLocation(path: "Content/" + name))
        }
    }
}
