// swift-tools-version: 6.2
import PackageDescription

/// Every product target compiles in Swift 6 mode with warnings as errors.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "ouro",
    products: [
        .executable(name: "ouro", targets: ["ouro"]),
        .library(name: "TimerTree", targets: ["TimerTree"]),
        .library(name: "OuroCore", targets: ["OuroCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // No pkgConfig: ncursesw.pc carries -D flags SwiftPM refuses; shim.h defines the wide
        // API itself and module.modulemap links the libraries.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // No pkgConfig, as for CNcursesw: SwiftPM would put its library directory first on the
        // link line, so a release build could never pick the static libsqlite3.a.
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // Glibc's module leaves out <sys/timerfd.h>; declarations only, nothing to link.
        .systemLibrary(name: "CTimerFD"),
        .target(name: "TimerTree", dependencies: ["CTimerFD"], swiftSettings: strict),
        .target(name: "OuroCore", dependencies: ["TimerTree"], swiftSettings: strict),
        .target(
            name: "OuroStore", dependencies: ["OuroCore", "CSQLite", "TimerTree"],
            swiftSettings: strict),
        .target(
            name: "OuroHUD",
            dependencies: ["OuroCore", "TimerTree", "CNcursesw"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "ouro",
            dependencies: [
                "TimerTree", "OuroCore", "OuroStore", "OuroHUD",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "TimerTreeBench",
            dependencies: ["TimerTree"],
            path: "Benchmarks/TimerTreeBench",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "OuroCoreBench",
            dependencies: ["OuroCore"],
            path: "Benchmarks/OuroCoreBench",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "OuroStoreBench",
            dependencies: ["OuroStore", "OuroCore", "TimerTree"],
            path: "Benchmarks/OuroStoreBench",
            swiftSettings: strict
        ),
        .testTarget(name: "TimerTreeTests", dependencies: ["TimerTree"], swiftSettings: strict),
        .testTarget(name: "OuroCoreTests", dependencies: ["OuroCore"], swiftSettings: strict),
        .testTarget(name: "OuroStoreTests", dependencies: ["OuroStore"], swiftSettings: strict),
        .testTarget(
            name: "OuroHUDTests", dependencies: ["OuroHUD", "OuroCore", "TimerTree"],
            exclude: ["Goldens"],
            swiftSettings: strict),
        .testTarget(name: "OuroCLITests", dependencies: ["ouro"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
