#!/usr/bin/env bash
# Benchmark of `budget-compare batch` (docs/BATCH.md): wall time and peak memory
# of the whole batch over synthetic regions, in a release build.
#
#   scripts/bench-batch.sh                 # 2,000 and 20,000 departments
#   COUNTS="2000" scripts/bench-batch.sh   # only 2,000
#   JOBS=1 scripts/bench-batch.sh          # one worker (default: all cores)
#   PROFILES=0 scripts/bench-batch.sh      # skip the --per-department runs
#
# For each count: generates the region once (budget-compare generate-region,
# seed 1, 20 % 决算, 1 % inconsistencies, 3 malformed files; cached under
# $BENCH_DIR), then runs under /usr/bin/time -v
#   1. batch REGION --out OUT            (workbook and memo per group)
#   2. batch REGION --out OUT --per-department   (only for counts ≤ 2,000 unless PROFILES=all)
# into an emptied output folder, and prints one table row per run: wall,
# user and system CPU, peak RSS, files written, and the load average when it
# started (other builds share the machine). The batch exits 1 because of the
# malformed files; that is expected.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNTS=${COUNTS:-"2000 20000"}
JOBS=${JOBS:-$(nproc)}
PROFILES=${PROFILES:-1}
BENCH_DIR=${BENCH_DIR:-/tmp/budgetcompare-bench-batch}
mkdir -p "$BENCH_DIR"

# Swift 6.3.1 crashes in CopyPropagation on one function of BudgetMetrics in
# release mode (see docs/BATCH.md): when a plain release build fails, build
# without that pass, and remember the choice (switching flags rebuilds all).
FLAGS_FILE="$BENCH_DIR/build-flags"
if [ ! -f "$FLAGS_FILE" ]; then
    if swift build -c release --product budget-compare >"$BENCH_DIR/build.log" 2>&1; then
        : >"$FLAGS_FILE"
    else
        echo "plain release build failed (see $BENCH_DIR/build.log); building with -enable-copy-propagation=false" >&2
        echo "-Xswiftc -Xfrontend -Xswiftc -enable-copy-propagation=false" >"$FLAGS_FILE"
    fi
fi
BUILD_FLAGS=$(cat "$FLAGS_FILE")
# shellcheck disable=SC2086
swift build -c release --product budget-compare $BUILD_FLAGS >"$BENCH_DIR/build.log" 2>&1 \
    || { cat "$BENCH_DIR/build.log" >&2; exit 1; }
# shellcheck disable=SC2086
BIN=$(swift build -c release --show-bin-path $BUILD_FLAGS)/budget-compare

printf '| departments | options | jobs | wall | user | sys | peak RSS | files written | load avg |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for count in $COUNTS; do
    region="$BENCH_DIR/region-$count"
    if [ ! -f "$region/.complete" ]; then
        rm -rf "$region"
        "$BIN" generate-region --count "$count" --seed 1 --out "$region" \
            --inconsistencies $((count / 100)) --bad-files 3 >/dev/null
        touch "$region/.complete"
    fi
    variants=("")
    if [ "$PROFILES" = all ] || { [ "$PROFILES" = 1 ] && [ "$count" -le 2000 ]; }; then
        variants+=("--per-department")
    fi
    for variant in "${variants[@]}"; do
        out="$BENCH_DIR/out-$count"
        rm -rf "$out"
        load=$(cut -d' ' -f1 /proc/loadavg)
        set +e
        # shellcheck disable=SC2086
        /usr/bin/time -v -o "$BENCH_DIR/time.txt" "$BIN" batch "$region" --out "$out" --jobs "$JOBS" --quiet $variant \
            2>"$BENCH_DIR/stderr.txt"
        status=$?
        set -e
        if [ "$status" -gt 1 ]; then
            echo "batch failed with exit code $status:" >&2
            cat "$BENCH_DIR/stderr.txt" >&2
            exit "$status"
        fi
        wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$BENCH_DIR/time.txt")
        user=$(sed -n 's/.*User time (seconds): //p' "$BENCH_DIR/time.txt")
        sys=$(sed -n 's/.*System time (seconds): //p' "$BENCH_DIR/time.txt")
        rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$BENCH_DIR/time.txt")
        written=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["outputs"]["written"])' "$out/batch-report.json")
        printf '| %s | %s | %s | %s | %s s | %s s | %s MB | %s | %s |\n' \
            "$count" "${variant:-workbook + memo}" "$JOBS" "$wall" "$user" "$sys" "$((rss / 1024))" "$written" "$load"
    done
done
