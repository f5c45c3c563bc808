import Foundation

/// The `dossier` command built beside the tests, run as a process.
enum Executable {
    /// `dossier` in the folder of the running test bundle (`.build/debug/` or
    /// `.build-asan/debug/`), else in `.build/debug/`.
    static let dossier: URL? = {
        let bundle = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
        let candidates = [bundle.deletingLastPathComponent().appendingPathComponent("dossier"),
                          Repository.root.appendingPathComponent(".build/debug/dossier")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Run {
        var status: Int32
        var standardError: String
    }

    static func start(_ executable: URL, _ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, errors)
    }

    static func finish(_ process: Process, _ errors: Pipe) -> Run {
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, standardError: text)
    }

    static func run(_ executable: URL, _ arguments: [String]) throws -> Run {
        let (process, errors) = try start(executable, arguments)
        return finish(process, errors)
    }
}
