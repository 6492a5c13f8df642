// swift-tools-version:6.0
import PackageDescription

/// The interpreter and the runtime are compiled with exclusivity checking off: their
/// state lives behind unsafe pointers and `final class` fields that only one scheduler
/// thread touches at a time, and dynamic access checks would sit on every hot path.
let vmSettings: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"]),
    .unsafeFlags(["-wmo"], .when(configuration: .release)),
]

let package = Package(
    name: "beamr",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "beamr", targets: ["beamr"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        .systemLibrary(name: "CPcre2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        .target(
            name: "BeamFile",
            dependencies: ["CZlib"],
            swiftSettings: [.unsafeFlags(["-wmo"], .when(configuration: .release))]
        ),
        .target(name: "CBeamShims"),
        .target(
            name: "BeamBundle",
            dependencies: ["BeamFile", "CZlib", "CZstd"],
            swiftSettings: [.unsafeFlags(["-wmo"], .when(configuration: .release))]
        ),
        .target(
            name: "BeamVM",
            dependencies: ["BeamFile", "CBeamShims", "CPcre2"],
            swiftSettings: vmSettings
        ),
        .target(
            name: "BeamrCommand",
            dependencies: [
                "BeamFile", "BeamVM", "BeamBundle",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Release builds on Linux link one static executable: no dynamic loader, no shared
        // libraries to map and no relocations to apply at every start.
        .executableTarget(
            name: "beamr",
            dependencies: ["BeamrCommand"],
            linkerSettings: [.unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release))]
        ),
        // Fixture discovery, .beam builders and mutators shared by the test targets.
        .target(name: "BeamTestSupport", dependencies: ["BeamFile"], path: "Tests/BeamTestSupport"),
        .testTarget(name: "BeamFileTests", dependencies: ["BeamFile", "CZlib", "BeamTestSupport"]),
        .testTarget(name: "BeamVMTests", dependencies: ["BeamVM", "BeamFile", "BeamBundle", "BeamTestSupport", "CPcre2"]),
        .testTarget(name: "BeamBundleTests", dependencies: ["BeamBundle", "BeamFile", "CZlib"]),
        // The CLI tests run the built `beamr` binary; depending on it makes `swift test` build it.
        .testTarget(name: "BeamrCommandTests",
                    dependencies: ["BeamrCommand", "beamr", "BeamFile", "BeamBundle", "BeamTestSupport"],
                    exclude: ["KnownFailures.txt"]),
    ]
)
