/// Files and folders that look meant for the site but that Dossier does not read: a
/// brief saved as `x.markdown` or `x.MD`, a folder `Content/brief/`. Each is a warning,
/// since nothing else would tell the editor why the brief is not on the site.
enum NotRead {
    /// Endings of Markdown files, in lower case: `x.MD` is one too.
    static let markdownEndings: Set<String> = ["md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtext", "mdtxt"]

    /// The folders `Content/` holds.
    static let contentFolders = ["actors", "briefs"]

    /// Of the files passed over in `Content/briefs/` and `Content/actors/` (the listing
    /// skips hidden ones), the Markdown ones.
    static func files(_ paths: [String]) -> [Diagnostic] {
        paths.sorted().compactMap { path in
            guard let stem = markdownStem(path.split(separator: "/").last ?? Substring(path)) else { return nil }
            return .warning("this file is not read: briefs and profiles are files ending in .md (rename it '\(stem).md')",
                            at: SourceLocation(path: path))
        }
    }

    /// The entries of `Content/` other than its two folders: folders, and Markdown files.
    static func contentEntries(_ names: [String], isFolder: (String) -> Bool) -> [Diagnostic] {
        names.sorted().compactMap { name in
            guard !name.hasPrefix("."), !contentFolders.contains(name),
                  isFolder(name) || markdownStem(Substring(name)) != nil else { return nil }
            return .warning("this is not read: Dossier reads briefs from Content/briefs/ and profiles from Content/actors/"
                            + Suggestion.hint(for: name, among: contentFolders), at: SourceLocation(path: "Content/" + name))
        }
    }

    /// The name without its ending, when the ending is a Markdown one.
    private static func markdownStem(_ name: Substring) -> Substring? {
        guard let dot = name.lastIndex(of: "."), markdownEndings.contains(name[name.index(after: dot)...].lowercased()) else { return nil }
        return name[..<dot]
    }
}
