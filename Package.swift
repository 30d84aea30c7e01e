// swift-tools-version:6.0
import PackageDescription

// One module per stage; dependencies flow one way:
// CostarCorpus → CostarExtraction → CostarGraph → CostarAnalysis → CostarExport → costar (CLI).
let package = Package(
    name: "Costar",
    products: [
        .executable(name: "costar", targets: ["costar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // glibc's mallopt, for the command's allocator settings.
        .systemLibrary(name: "CMalloc"),
        .target(name: "CostarCorpus"),
        .target(
            name: "CostarExtraction",
            dependencies: ["CostarCorpus"],
            resources: [.copy("Resources")],
            // The word table is a class read once per token; its accesses are single-threaded by construction,
            // so the run-time exclusivity bookkeeping on them (a few per cent of extraction) is turned off.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
        ),
        .target(name: "CostarGraph", dependencies: ["CostarCorpus", "CostarExtraction"]),
        .target(name: "CostarAnalysis", dependencies: ["CostarCorpus", "CostarGraph"]),
        .target(name: "CostarExport", dependencies: ["CostarExtraction", "CostarGraph", "CostarAnalysis", "CGraphviz", "CZlib"]),
        .executableTarget(
            name: "costar",
            dependencies: [
                "CostarCorpus", "CostarExtraction", "CostarGraph", "CostarAnalysis", "CostarExport", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CostarCorpusTests", dependencies: ["CostarCorpus"]),
        .testTarget(name: "CostarExtractionTests", dependencies: ["CostarExtraction"], exclude: ["Gold"]),
        .testTarget(name: "CostarGraphTests", dependencies: ["CostarGraph"]),
        .testTarget(name: "CostarAnalysisTests", dependencies: ["CostarAnalysis"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CostarExportTests", dependencies: ["CostarExport", "CostarExtraction", "CZlib"]),
    ]
)
