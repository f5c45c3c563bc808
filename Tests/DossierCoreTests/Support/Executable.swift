import Foundation

/// The `dossier` command built beside the tests, run as a process.
enum Executable {
    /// `dossier` in the folder of the running test bundle (`.build/debug/` for `swift
    /// test`, `.build-asan/release/` for `make test`), else in `.build/debug/`.
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

    /// Runs the command and returns the processor time it used (user and system, all its
    /// threads), which other tests running beside it do not inflate as they do wall time.
    static func measure(_ executable: URL, _ arguments: [String]) throws -> (run: Run, seconds: Double) {
        let errorFile = FileTree.temporaryFolder("stderr").path
        defer { unlink(errorFile) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable.path] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv + [nil], environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0, usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0
        let text = String(decoding: FileManager.default.contents(atPath: errorFile) ?? Data(), as: UTF8.self)
        let seconds = [usage.ru_utime, usage.ru_stime].reduce(0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
        return (Run(status: exited ? (status >> 8) & 0xff : 128 + status & 0x7f, standardError: text), seconds)
    }
}
