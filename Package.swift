// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "loa",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "loa", targets: ["loa"]),
        .library(name: "LoaCore", targets: ["LoaCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSndFile",
            pkgConfig: "sndfile",
            providers: [.apt(["libsndfile1-dev"])]
        ),
        // shim.h: ALSA's error handler is variadic, so a C function formats the message and hands it to Swift.
        .systemLibrary(
            name: "CALSA",
            pkgConfig: "alsa",
            providers: [.apt(["libasound2-dev"])]
        ),
        .systemLibrary(
            name: "CSampleRate",
            pkgConfig: "samplerate",
            providers: [.apt(["libsamplerate0-dev"])]
        ),
        .systemLibrary(
            name: "CEbur128",
            pkgConfig: "libebur128",
            providers: [.apt(["libebur128-dev"])]
        ),
        // The pure core: configuration, validation, calendar rules, the planner. No clock, device or database.
        .target(
            name: "LoaCore",
            dependencies: [.product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(
            name: "LoaAudio",
            dependencies: [
                "CSndFile", "CALSA", "CSampleRate", "CEbur128", "LoaCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Command implementations live here so tests can run them in-process; `loa` only calls into it.
        .target(
            name: "LoaCLI",
            dependencies: [
                "LoaCore", "LoaAudio",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "loa", dependencies: ["LoaCLI"]),
        .testTarget(
            name: "LoaCoreTests",
            dependencies: ["LoaCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "LoaAudioTests", dependencies: ["LoaAudio", "CSndFile", "LoaCore"]),
        .testTarget(name: "LoaCLITests", dependencies: ["LoaCLI", "loa"]),
    ],
    swiftLanguageModes: [.v6]
)
