// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["DossierCLI"]),
        .library(name: "DossierCore", targets: ["DossierCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The C library, as Debian's libcmark-dev installs it. Only CommonMark imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The one wrapper around cmark: hands out Swift values, never pointers.
        .target(name: "CommonMark", dependencies: ["CCmark"]),
        // The pipeline: load -> front-matter -> body -> graph -> render -> write.
        .target(
            name: "DossierCore",
            dependencies: [
                "CommonMark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The options jemalloc starts with (huge pages for the heap): one C string.
        .target(name: "AllocatorOptions"),
        // The thin `dossier` command. A release build allocates through jemalloc, from
        // Debian's libjemalloc-dev (`make release` installs it when missing): a build
        // makes and lets go of millions of small objects on both cores, and glibc's
        // malloc and free were a tenth of its time (BENCHMARKS.md). Debug builds keep the
        // system's malloc. Under the address sanitizer (`make test` builds release) the
        // sanitizer's malloc, linked into the executable, binds before jemalloc's.
        .executableTarget(
            name: "DossierCLI",
            dependencies: [
                "DossierCore",
                "AllocatorOptions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [.linkedLibrary("jemalloc", .when(configuration: .release))]
        ),
        // libFuzzer targets (docs/fuzzing.md): with `-sanitize=fuzzer -Xswiftc -DFUZZING`
        // libFuzzer drives them; in a plain build each is a replayer of saved inputs.
        .executableTarget(name: "FrontMatterFuzzer", dependencies: ["DossierCore"], path: "Fuzz/FrontMatterFuzzer"),
        .executableTarget(name: "BodyFuzzer", dependencies: ["DossierCore"], path: "Fuzz/BodyFuzzer"),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
        // `make test` builds release, so that the product's code is tested as it ships.
        // The tests' own code is left unoptimized there: optimizing it took 142 s of the
        // clean clone's compile and checks nothing (63 s unoptimized).
        .testTarget(
            name: "DossierCoreTests",
            dependencies: ["DossierCore"],
            swiftSettings: [.unsafeFlags(["-Onone"], .when(configuration: .release))]
        ),
    ],
    swiftLanguageModes: [.v6]
)
