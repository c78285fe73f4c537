#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# CSV export benchmarks of issue 6: `mailroom-cli export` of 1,000,000 generated contacts from a
# SQLite board and from a throwaway MariaDB, against sqlite3 and the mariadb client writing the
# same 15 columns in the same run; wall clock and peak RSS of each by GNU time.
#
#   tests/bench/run-export-bench.sh [--out DIR] [--build-dir DIR] [--no-build] [-- ExportBench options]
#
# Defaults: Release build in build-bench at the top of the source tree, results in
# tests/bench/out/export-bench.md. ExportBench options: --runs N, --users N, --port P,
# --no-mariadb, --no-cleanups, --scratch DIR (about 1 GB at 1,000,000 users), --sqlite3 PATH,
# --client PATH, --compare PATH and --compare-label TEXT (another mailroom-cli, say a copy built
# before a change, measured right after this one in every run), --keep-scratch (see ExportBench
# --help). Needs, besides the build's own dependencies (Debian names): time (GNU time at
# /usr/bin/time), sqlite3, mariadb-server and mariadb-client, and the Qt SQL drivers
# libqt6sql6-sqlite and libqt6sql6-mysql. Not run in CI.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

out_dir="$here/out"
build_dir="$repo/build-bench"
build=1
jobs=${BENCH_JOBS:-2}
bench_args=()

usage()
{
    sed -n '3,17p' "$0" | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --out) out_dir=$2; shift 2 ;;
        --build-dir) build_dir=$2; shift 2 ;;
        --no-build) build=0; shift ;;
        --) shift; bench_args=("$@"); break ;;
        -h|--help) usage 0 ;;
        *) echo "run-export-bench.sh: unknown argument: $1" >&2; usage 2 >&2 ;;
    esac
done

for tool in /usr/bin/time sqlite3; do
    if ! command -v "$tool" > /dev/null; then
        echo "run-export-bench.sh: $tool is missing (Debian: apt-get install time sqlite3)" >&2
        exit 1
    fi
done

mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
markdown="$out_dir/export-bench.md"
bench="$build_dir/tests/bench/ExportBench"
cli="$build_dir/app/cli/mailroom-cli"

log() { printf '\n== %s\n' "$*" >&2; }

# ExportBench lives with the tests, so this build dir has them on (as run-board-bench.sh has).
if [[ $build == 1 ]]; then
    if pgrep -x ninja > /dev/null; then
        echo "another ninja is running: building with -j1" >&2
        jobs=1
    fi
    log "building ExportBench and mailroom-cli (Release, -O2) in $build_dir"
    cmake -S "$repo" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
        -DMAILROOM_SANITIZE=OFF -DMAILROOM_WERROR=OFF -DBUILD_TESTING=ON > "$out_dir/export-cmake.log" 2>&1 \
        || { echo "cmake failed, see $out_dir/export-cmake.log" >&2; tail -20 "$out_dir/export-cmake.log" >&2; exit 1; }
    if ! ninja -C "$build_dir" -j "$jobs" ExportBench mailroom-cli > "$out_dir/export-build.log" 2>&1; then
        echo "the build failed, see $out_dir/export-build.log" >&2
        tail -20 "$out_dir/export-build.log" >&2
        exit 1
    fi
    # What mailroom-cli was built from: the tree is shared, so name uncommitted sources too.
    changed=$(git -C "$repo" status --porcelain -- app | awk '{print $2}' | paste -sd' ')
    echo "$(git -C "$repo" rev-parse --short HEAD)${changed:+ with uncommitted changes to $changed}" \
        > "$build_dir/tests/bench/ExportBench.source"
fi
for binary in "$bench" "$cli"; do
    if [[ ! -x $binary ]]; then
        echo "no executable at $binary" >&2
        exit 1
    fi
done

log "running $bench --cli $cli ${bench_args[*]}"
source=$(cat "$build_dir/tests/bench/ExportBench.source" 2>/dev/null || echo "an unrecorded tree")
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
ram=$(free -m | awk '/^Mem:/ {print $2}')
"$bench" --cli "$cli" "${bench_args[@]}" > "$markdown.tmp"
{
    cat "$markdown.tmp"
    echo
    echo "Machine: $(nproc) cores ($cpu), $ram MiB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end." \
        "Build: Release -O2 in $build_dir, mailroom-cli from $source."
} > "$markdown"
rm -f "$markdown.tmp"
cat "$markdown"
echo "markdown: $markdown" >&2
