// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "loa",
    // Linux only: loa imports Glibc, ALSA and libsystemd; no other platform is claimed.
    products: [
        .executable(name: "loa", targets: ["loa"]),
        .library(name: "LoaCore", targets: ["LoaCore"]),
        .library(name: "LoaLog", targets: ["LoaLog"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // 1.16.2: LogHandler.log(event:), which JournalLogHandler implements.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        // `loa web`, the officer's console: HTTP server, sessions and bcrypt, server-rendered templates.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Hummingbird brings these; LoaWeb imports NIOCore and HTTPTypes itself, so it declares them.
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
        // HTTPS inside `loa web` (--tls-cert/--tls-key) through HummingbirdTLS; LoaWeb reads the PEM files
        // with NIOSSL itself. It compiles a second BoringSSL (swift-crypto has its own): a longer clean build.
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
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
        // The resampler: as clean as libsamplerate's best and cheaper than its fastest (BENCHMARKS.md, issue 11).
        .systemLibrary(
            name: "CSoxr",
            pkgConfig: "soxr",
            providers: [.apt(["libsoxr-dev"])]
        ),
        .systemLibrary(
            name: "CEbur128",
            pkgConfig: "libebur128",
            providers: [.apt(["libebur128-dev"])]
        ),
        // libsndfile's MP3 decoder made quiet: mpg123 wrote its notes on damaged files to stderr (quiet.c says how).
        .target(name: "CMPEGQuiet", linkerSettings: [.linkedLibrary("mpg123")]),
        // Spreadsheets for `loa export/report --format xlsx`: typed cells, formats, frozen header. The header
        // only: the library is loaded with dlopen when a spreadsheet is made (LoaLog's XLSXLibrary), not linked.
        .systemLibrary(
            name: "CXLSXWriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // The pure core: configuration, validation, calendar rules, the planner. No clock, device or database.
        .target(
            name: "LoaCore",
            dependencies: [.product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(
            name: "LoaAudio",
            dependencies: [
                "CSndFile", "CALSA", "CSoxr", "CEbur128", "CMPEGQuiet", "LoaCore", "LoaSpeech",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The airing ledger (SQLite through GRDB), its queries, export and the campaign report.
        .target(
            name: "LoaLog",
            dependencies: [
                "LoaCore", "CXLSXWriter",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The C API, for the export's row loop, which copies column bytes straight to the output.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Records airings in a loop for the SIGKILL crash test; not installed.
        .executableTarget(name: "loa-log-stress", dependencies: ["LoaCore", "LoaLog"]),
        // Writes a log as if the example station had aired a plan: for scripts/ and benchmarks/; not installed.
        .executableTarget(name: "loa-log-fixture", dependencies: ["LoaCore", "LoaAudio", "LoaLog"]),
        // libsystemd's header only: the library itself is loaded at run time (LibSystemd.swift).
        .systemLibrary(
            name: "CSystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        // timerfd, eventfd and inotify, which Glibc's module does not bring.
        .systemLibrary(name: "CLinux"),
        // The daemon: scheduler, player and log wired together as services, reload, systemd integration, status.
        .target(
            name: "LoaDaemon",
            dependencies: [
                "LoaCore", "LoaAudio", "LoaLog", "CSystemd", "CLinux",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        // The configuration loader's fuzzing harness (scripts/fuzz-config); built normally, it replays inputs. Not installed.
        .executableTarget(name: "loa-fuzz-config", dependencies: ["LoaCore"]),
        // Times the planner on a large synthetic station (benchmarks/plan-bench); not installed.
        .executableTarget(name: "loa-plan-bench", dependencies: ["LoaCore"]),
        // The officer's web console (`loa web`): pages, forms, accounts, uploads. The files under
        // announcements.d stay the source of truth; the console writes drop-ins checked by LoaCore's checker.
        .target(
            name: "LoaWeb",
            dependencies: [
                "LoaCore", "LoaAudio", "LoaLog", "LoaDaemon",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                // SHA-256 of session tokens (the sessions file) and of password hashes (their stamp).
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Templates"), .copy("Assets")]
        ),
        // The version and commit, written into the built binary by scripts/stamp-version (stamp.c says why).
        .target(name: "CLoaStamp"),
        // Command implementations live here so tests can run them in-process; `loa` only calls into it.
        .target(
            name: "LoaCLI",
            dependencies: [
                "CLoaStamp", "LoaCore", "LoaAudio", "LoaLog", "LoaDaemon", "LoaWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "loa", dependencies: ["LoaCLI"]),
        // The Vietnamese text normaliser: written notice → the words an announcer says. Pure, no dependencies.
        .target(name: "LoaSpeech"),
        // Times the normaliser over the test corpus (benchmarks/speech-normaliser); not installed.
        .executableTarget(name: "loa-speech-bench", dependencies: ["LoaSpeech"]),
        .testTarget(
            name: "LoaCoreTests",
            dependencies: ["LoaCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "LoaSpeechTests",
            dependencies: ["LoaSpeech", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "LoaAudioTests", dependencies: [
            "LoaAudio", "CSndFile", "LoaCore", "loa", "LoaTestSupport", .product(name: "Logging", package: "swift-log"),
        ]),
        // Paths of the package, its fixtures and the built binary, shared by the tests that run `loa`.
        .target(name: "LoaTestSupport", path: "Sources/LoaTestSupport"),
        .testTarget(name: "LoaTestSupportTests", dependencies: ["LoaTestSupport"]),
        .testTarget(name: "LoaCLITests", dependencies: ["LoaCLI", "LoaCore", "LoaAudio", "LoaLog", "loa", "LoaTestSupport"]),
        .testTarget(name: "LoaDaemonTests", dependencies: [
            "LoaDaemon", "LoaCLI", "LoaCore", "LoaAudio", "LoaLog", "loa", "LoaTestSupport",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "LoaWebTests", dependencies: [
            "LoaWeb", "LoaCLI", "LoaDaemon", "LoaLog", "loa", "loa-log-fixture", "LoaTestSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "LoaLogTests", dependencies: [
            "LoaLog", "LoaCLI", "LoaCore", "loa-log-stress", "loa", "LoaTestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
