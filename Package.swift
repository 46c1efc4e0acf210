// swift-tools-version:6.0
// BudgetCompare: compares government departments' budget (部门预算) and
// final-account (部门决算) disclosures and writes ODS workbooks and ODT memos.
import PackageDescription

let package = Package(
    name: "BudgetCompare",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "budget-compare", targets: ["budget-compare"]),
        .executable(name: "ods-bench", targets: ["ods-bench"]),
        .library(name: "OpenDocument", targets: ["OpenDocument"]),
        .library(name: "BudgetModel", targets: ["BudgetModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        // The C boundary: one system-library target per C library.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),

        // OpenDocument: streaming XML (libxml2), our zip writer (zlib), ODS and ODT.
        .target(name: "OpenDocument", dependencies: ["CLibXML2", "CZlib"]),

        // The department model and its file format (YAML / JSON).
        .target(name: "BudgetModel", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Self-consistency checks of one disclosure.
        .target(name: "BudgetChecks", dependencies: ["BudgetModel"]),
        // Disclosure text → model, with provenance.
        .target(name: "DisclosureImport", dependencies: ["BudgetModel"]),
        // Metric catalogue, per-department values, group statistics.
        .target(name: "BudgetMetrics", dependencies: ["BudgetModel"]),
        // Comparison workbook (ODS) and memo (ODT).
        .target(
            name: "Reports",
            dependencies: [
                "OpenDocument", "BudgetModel", "BudgetChecks", "BudgetMetrics", "DisclosureImport",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: []),
        .executableTarget(
            name: "budget-compare",
            dependencies: [
                "Reports", "BudgetModel", "BudgetChecks", "BudgetMetrics", "DisclosureImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Benchmark: writes the ../shared/bench workload workbook.
        .executableTarget(name: "ods-bench", dependencies: ["OpenDocument"]),
        // Benchmark: imports disclosure texts repeatedly and reports throughput.
        .executableTarget(name: "import-bench", dependencies: ["DisclosureImport", "BudgetModel"]),

        // Shared test helpers: odf-check / LibreOffice runners, golden files, paths.
        .target(name: "TestSupport", path: "Tests/TestSupport"),

        .testTarget(name: "OpenDocumentTests", dependencies: ["OpenDocument", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "BudgetModelTests", dependencies: ["BudgetModel", "TestSupport"]),
        .testTarget(name: "BudgetChecksTests", dependencies: ["BudgetChecks", "BudgetModel", "TestSupport"]),
        .testTarget(name: "DisclosureImportTests", dependencies: ["DisclosureImport", "BudgetModel", "TestSupport"]),
        .testTarget(name: "BudgetMetricsTests", dependencies: ["BudgetMetrics", "BudgetModel", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "OpenDocument", "BudgetModel", "BudgetMetrics", "TestSupport"]),
        .testTarget(name: "BudgetCompareTests", dependencies: ["TestSupport"]),
    ]
)
