#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Scan benchmarks of issue 2: mailroom-cli against grep -c and against the MTAs' Perl reports
# (eximstats, pflogsumm), on generated Exim and Postfix logs, all measured in the same run.
#
#   tests/bench/run-scan-bench.sh [--size-mb N] [--out DIR] [--build-dir DIR] [--scratch DIR]
#                                 [--runs N] [--perl-prefix-mb N] [--cli PATH] [--no-build]
#                                 [--formats exim,postfix] [--generate-only]
#
# Defaults: 1024 MiB per log, results in tests/bench/out, Release build in build-bench at the
# top of the source tree, generated logs in /tmp/mailroom-scan-bench (they are big and are kept
# for the next run when the generator and its arguments have not changed).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

size_mb=1024
out_dir="$here/out"
build_dir="$repo/build-bench"
scratch="/tmp/mailroom-scan-bench"
runs=3
perl_prefix_mb=0
cli=""
build=1
formats="exim,postfix"
generate_only=0
bounced_recipients=100000
jobs=${BENCH_JOBS:-2}

usage()
{
    sed -n '3,13p' "$0" | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --size-mb) size_mb=$2; shift 2 ;;
        --out) out_dir=$2; shift 2 ;;
        --build-dir) build_dir=$2; shift 2 ;;
        --scratch) scratch=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --perl-prefix-mb) perl_prefix_mb=$2; shift 2 ;;
        --cli) cli=$2; build=0; shift 2 ;;
        --no-build) build=0; shift ;;
        --formats) formats=$2; shift 2 ;;
        --generate-only) generate_only=1; build=0; shift ;;
        -h|--help) usage 0 ;;
        *) echo "run-scan-bench.sh: unknown argument: $1" >&2; usage 2 >&2 ;;
    esac
done

mkdir -p "$out_dir" "$scratch"
out_dir=$(cd "$out_dir" && pwd)
results="$out_dir/scan-bench.jsonl"
markdown="$out_dir/scan-bench.md"
: > "$results"
meta=()
py=(python3 "$here/scan_bench.py")

log() { printf '\n== %s\n' "$*" >&2; }

# --- mailroom-cli, Release -O2 without sanitizers, in its own build directory -----------------
if [[ $build == 1 ]]; then
    log "building mailroom-cli (Release, -O2) in $build_dir"
    cmake -S "$repo" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
        -DMAILROOM_SANITIZE=OFF -DMAILROOM_WERROR=OFF -DBUILD_TESTING=OFF > "$out_dir/cmake.log" 2>&1 \
        || { echo "cmake failed, see $out_dir/cmake.log" >&2; tail -20 "$out_dir/cmake.log" >&2; }
    if ninja -C "$build_dir" -j "$jobs" mailroom-cli > "$out_dir/build.log" 2>&1; then
        cli="$build_dir/app/cli/mailroom-cli"
    else
        echo "mailroom-cli did not build, see $out_dir/build.log; measuring the others only" >&2
        tail -20 "$out_dir/build.log" >&2
        cli=""
    fi
fi
if [[ -n $cli && ! -x $cli ]]; then
    echo "no executable mailroom-cli at $cli; measuring the others only" >&2
    cli=""
fi

# --- the Perl reports --------------------------------------------------------------------------
eximstats=$(command -v eximstats || true)
[[ -z $eximstats && -x /usr/sbin/eximstats ]] && eximstats=/usr/sbin/eximstats
if [[ -z $eximstats && $formats == *exim* ]]; then
    # eximstats is one Perl script in exim4-base; unpacking the package beside the logs avoids
    # installing an MTA on a machine that may need Postfix.
    tools="$scratch/tools"
    if [[ ! -x $tools/root/usr/sbin/eximstats ]]; then
        log "eximstats is not installed: unpacking it from exim4-base into $tools"
        mkdir -p "$tools"
        (cd "$tools" && rm -f exim4-base_*.deb && apt-get download exim4-base > /dev/null 2>&1 \
            && dpkg-deb -x exim4-base_*.deb root) || true
    fi
    if [[ -x $tools/root/usr/sbin/eximstats ]]; then
        eximstats="$tools/root/usr/sbin/eximstats"
        meta+=(--meta "eximstats=unpacked from $(cd "$tools" && ls exim4-base_*.deb), not installed")
    else
        meta+=(--meta "eximstats_note=not installed and apt-get download exim4-base failed")
    fi
fi
pflogsumm=$(command -v pflogsumm || true)
[[ -z $pflogsumm && -x /usr/sbin/pflogsumm ]] && pflogsumm=/usr/sbin/pflogsumm

# --- the logs ------------------------------------------------------------------------------------
generate()
{
    local format=$1 file=$2
    local stamp
    stamp="$(sha256sum "$here/generate-mail-log.py" | cut -c1-16) $format $size_mb $bounced_recipients"
    if [[ -f $file && -f $file.meta && "$(head -1 "$file.meta")" == "$stamp" ]]; then
        log "reusing $file (same generator and arguments)"
    else
        log "generating $file ($size_mb MiB)"
        python3 "$here/generate-mail-log.py" --format "$format" --size-mb "$size_mb" \
            --bounced-recipients "$bounced_recipients" --out "$file" > "$file.summary"
        printf '%s\n' "$stamp" > "$file.meta"
    fi
    cat "$file.summary" >&2

    # The stream does not depend on the size, so a 1 MiB run must give the same first MiB.
    local head_sum check_sum
    head_sum=$(head -c 1048576 "$file" | sha256sum | cut -d' ' -f1)
    python3 "$here/generate-mail-log.py" --format "$format" --size-mb 1 \
        --bounced-recipients "$bounced_recipients" --out "$scratch/check-$format.log" > /dev/null
    check_sum=$(head -c 1048576 "$scratch/check-$format.log" | sha256sum | cut -d' ' -f1)
    rm -f "$scratch/check-$format.log"
    if [[ $head_sum != "$check_sum" ]]; then
        echo "generator is not deterministic: first MiB $head_sum vs $check_sum" >&2
        exit 1
    fi
    echo "sha256 of the first MiB of $format.log: $head_sum (regenerated: same)" >&2
    meta+=(--meta "$format.log=sha256 of first MiB $head_sum; $(head -1 "$file.summary")")
}

# A prefix cut at a line end, for Perl tools too slow for the whole file.
prefix()
{
    python3 - "$1" "$(($2 * 1048576))" "$3" <<'EOF'
import sys
with open(sys.argv[1], "rb") as source:
    data = source.read(int(sys.argv[2]))
with open(sys.argv[3], "wb") as target:
    target.write(data[: data.rfind(b"\n") + 1])
EOF
}

measure()
{
    "${py[@]}" measure --results "$results" "$@" || true
}

warm_cache()
{
    cat "$1" > /dev/null
}

IFS=, read -r -a format_list <<< "$formats"
for format in "${format_list[@]}"; do
    file="$scratch/$format.log"
    generate "$format" "$file"
    [[ $generate_only == 1 ]] && continue
    bytes=$(stat -c %s "$file")
    case "$format" in
        exim) marker=' ** '; tool=eximstats; tool_path=$eximstats ;;
        postfix) marker='status=bounced'; tool=pflogsumm; tool_path=$pflogsumm ;;
        *) echo "unknown format $format" >&2; exit 2 ;;
    esac

    log "$format: grep -c and mailroom-cli, $runs timed runs after one warm-up each"
    warm_cache "$file"
    measure --label "$format-grep" --bytes "$bytes" --runs "$runs" --stdout "$out_dir/$format-grep.out" \
        --stdout-every-run -- env LC_ALL=C grep -cF -- "$marker" "$file"
    if [[ -n $cli ]]; then
        measure --label "$format-mailroom" --bytes "$bytes" --runs "$runs" \
            --stdout "$scratch/$format-bounces.csv" -- "$cli" bounces --format csv "$file"
    fi

    if [[ -n $tool_path ]]; then
        perl_file=$file
        if [[ $perl_prefix_mb -gt 0 && $perl_prefix_mb -lt $size_mb ]]; then
            perl_file="$scratch/$format-prefix-${perl_prefix_mb}.log"
            [[ $perl_file -nt $file ]] || prefix "$file" "$perl_prefix_mb" "$perl_file"
        fi
        perl_bytes=$(stat -c %s "$perl_file")
        log "$format: $tool on $((perl_bytes / 1000000)) MB, one run (it is slow)"
        warm_cache "$perl_file"
        measure --label "$format-$tool" --bytes "$perl_bytes" --runs 1 --warmup 0 \
            --stdout "$out_dir/$format-$tool.txt" -- perl "$tool_path" "$perl_file"
        if [[ -n $cli && $perl_file != "$file" ]]; then
            measure --label "$format-mailroom-vs-$tool" --bytes "$perl_bytes" --runs "$runs" \
                -- "$cli" bounces --format csv "$perl_file"
        fi
    fi
done

[[ $generate_only == 1 ]] && exit 0
meta+=(--meta "date=$(date -u '+%Y-%m-%d %H:%M UTC')")
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
ram=$(free -m | awk '/^Mem:/ {print $2}')
meta+=(--meta "machine=$(nproc) cores ($cpu), $ram MiB RAM; shared with other work, so timings are noisy")
meta+=(--meta "mailroom-cli=${cli:-not built}")
meta+=(--meta "tools=$(grep --version | head -1); perl $(perl -e 'print $^V'); \
$(dpkg-query -W -f='${Package} ${Version}; ' pflogsumm exim4-base 2>/dev/null)")
meta+=(--meta "timing=best of $runs after one warm-up for grep and mailroom-cli; one run for the Perl tools; \
logs read from the page cache; MB = 10^6 bytes")

log "results"
"${py[@]}" report --results "$results" --markdown "$markdown" "${meta[@]}"
echo "markdown table: $markdown" >&2
