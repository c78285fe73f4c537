#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Board database benchmarks of issue 5: Mailroom loading 100,000 users from MariaDB and matching
# 100,000 bounced addresses, against the mariadb client selecting the same columns in the same
# run, and a bulk archive of 10,000 users with audit records.
#
#   tests/bench/run-board-bench.sh [--out DIR] [--build-dir DIR] [--no-build] [-- BoardBench options]
#
# Defaults: Release build in build-bench at the top of the source tree (the scan benchmark's),
# results in tests/bench/out/board-bench.md. BoardBench options: --runs N, --port P, --users N,
# --bounced N, --archive N, --page-size N, --client PATH (see BoardBench --help).
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
    sed -n '3,12p' "$0" | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --out) out_dir=$2; shift 2 ;;
        --build-dir) build_dir=$2; shift 2 ;;
        --no-build) build=0; shift ;;
        --) shift; bench_args=("$@"); break ;;
        -h|--help) usage 0 ;;
        *) echo "run-board-bench.sh: unknown argument: $1" >&2; usage 2 >&2 ;;
    esac
done

mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
markdown="$out_dir/board-bench.md"
bench="$build_dir/tests/bench/BoardBench"

log() { printf '\n== %s\n' "$*" >&2; }

# BoardBench lives with the tests, so this build dir has them on; the scan benchmark turns them
# off again, which only drops targets and rebuilds nothing it shares.
if [[ $build == 1 ]]; then
    if pgrep -x ninja > /dev/null; then
        echo "another ninja is running: building with -j1" >&2
        jobs=1
    fi
    log "building BoardBench (Release, -O2) in $build_dir"
    cmake -S "$repo" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
        -DMAILROOM_SANITIZE=OFF -DMAILROOM_WERROR=OFF -DBUILD_TESTING=ON > "$out_dir/board-cmake.log" 2>&1 \
        || { echo "cmake failed, see $out_dir/board-cmake.log" >&2; tail -20 "$out_dir/board-cmake.log" >&2; exit 1; }
    if ! ninja -C "$build_dir" -j "$jobs" BoardBench > "$out_dir/board-build.log" 2>&1; then
        echo "BoardBench did not build, see $out_dir/board-build.log" >&2
        tail -20 "$out_dir/board-build.log" >&2
        exit 1
    fi
    # What the binary was built from: the tree is shared, so name uncommitted sources too.
    changed=$(git -C "$repo" status --porcelain -- app tests/integration/LocalSql.h | awk '{print $2}' | paste -sd' ')
    echo "$(git -C "$repo" rev-parse --short HEAD)${changed:+ with uncommitted changes to $changed}" \
        > "$build_dir/tests/bench/BoardBench.source"
fi
if [[ ! -x $bench ]]; then
    echo "no executable BoardBench at $bench" >&2
    exit 1
fi

log "running $bench ${bench_args[*]}"
source=$(cat "$build_dir/tests/bench/BoardBench.source" 2>/dev/null || echo "an unrecorded tree")
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
ram=$(free -m | awk '/^Mem:/ {print $2}')
"$bench" "${bench_args[@]}" > "$markdown.tmp"
{
    cat "$markdown.tmp"
    echo "Machine: $(nproc) cores ($cpu), $ram MiB RAM. Build: Release -O2 in $build_dir, from $source."
} > "$markdown"
rm -f "$markdown.tmp"
cat "$markdown"
echo "markdown: $markdown" >&2
