/// Where a run's time went, stage by stage, for `--timings`.
public final class Timings: @unchecked Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []
    /// What the build did besides taking time: how many files it made and wrote.
    public private(set) var counts: [(name: String, value: Int)] = []
    private let clock = ContinuousClock()

    public init() {}

    /// Runs `body` and records how long it took under `name`.
    func measure<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        let start = clock.now
        defer {
            let elapsed = clock.now - start
            stages.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        }
        return try body()
    }

    func count(_ name: String, _ value: Int) { counts.append((name, value)) }

    /// The count recorded under `name`, if any: `timings.counted("made")`.
    public func counted(_ name: String) -> Int? { counts.first { $0.name == name }?.value }

    /// One line per stage and the total: `  load+parse   0.214 s`; then the counts.
    public var lines: [String] {
        let width = stages.map(\.name.count).max() ?? 0
        let rows = stages.map { "  " + $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + Self.format($0.seconds) }
        let total = stages.reduce(0) { $0 + $1.seconds }
        let summary = counts.isEmpty ? [] : ["  files: " + counts.map { "\($0.value) \($0.name)" }.joined(separator: ", ")]
        return rows + ["  " + "total".padding(toLength: width, withPad: " ", startingAt: 0) + "  " + Self.format(total)] + summary
    }

    static func format(_ seconds: Double) -> String {
        let millis = Int((seconds * 1000).rounded())
        return "\(millis / 1000).\(String(repeating: "0", count: 3 - String(millis % 1000).count))\(millis % 1000) s"
    }
}
