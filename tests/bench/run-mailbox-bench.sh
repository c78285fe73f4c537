#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Mailbox benchmark of issue 7: `mailroom-cli bounces --format csv FILE.mbox` on mboxes of bounce
# notices built from the Sisimai corpus, against `grep -c '^From '` on the same file in the same run;
# messages per second and peak RSS (GNU time), at several sizes to show memory flat in messages.
#
#   tests/bench/run-mailbox-bench.sh [--sizes 5000,20000,80000] [--unique N] [--runs N]
#                                    [--recipient-copies K] [--corpus DIR] [--out DIR]
#                                    [--build-dir DIR] [--scratch DIR] [--cli PATH] [--no-build]
#
# Defaults: the corpus in ../shared/corpus/sisimai beside the source tree; recipients repeat
# after 16 copies of the corpus (4,992 messages) in the --sizes files, and never in one more
# file of --unique messages (20,000; 0 leaves it out); best of 3 after one warm-up; mailroom-cli
# built (Release, -O2, -j1) in build-bench at the top of the source tree; mboxes in
# /tmp/mailroom-mailbox-bench (kept for the next run while the generator and its arguments are the
# same); tables in tests/bench/out/mailbox-bench.md. Exits 1 when a file is read at fewer than
# 5,000 messages a second, or when the largest size's peak RSS passes 1.5 times the smallest's.
# Needs time (GNU time at /usr/bin/time) and python3. Not run in CI.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

sizes="5000,20000,80000"
unique=20000
runs=3
recipient_copies=16
corpus="$repo/../shared/corpus/sisimai"
out_dir="$here/out"
build_dir="$repo/build-bench"
scratch="/tmp/mailroom-mailbox-bench"
cli=""
build=1

usage()
{
    sed -n '3,19p' "$0" | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --sizes) sizes=$2; shift 2 ;;
        --unique) unique=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --recipient-copies) recipient_copies=$2; shift 2 ;;
        --corpus) corpus=$2; shift 2 ;;
        --out) out_dir=$2; shift 2 ;;
        --build-dir) build_dir=$2; shift 2 ;;
        --scratch) scratch=$2; shift 2 ;;
        --cli) cli=$2; build=0; shift 2 ;;
        --no-build) build=0; shift ;;
        -h|--help) usage 0 ;;
        *) echo "run-mailbox-bench.sh: unknown argument: $1" >&2; usage 2 >&2 ;;
    esac
done

for tool in /usr/bin/time python3; do
    if ! command -v "$tool" > /dev/null; then
        echo "run-mailbox-bench.sh: $tool is missing (Debian: apt-get install time)" >&2
        exit 2
    fi
done
[[ -f $corpus/expected.jsonl && -d $corpus/emails ]] \
    || { echo "run-mailbox-bench.sh: no Sisimai corpus at $corpus (give --corpus)" >&2; exit 2; }

mkdir -p "$out_dir" "$scratch"
out_dir=$(cd "$out_dir" && pwd)
results="$out_dir/mailbox-bench.jsonl"
markdown="$out_dir/mailbox-bench.md"
: > "$results"

log() { printf '\n== %s\n' "$*" >&2; }

# One core for the build: the machine is shared with other engineers' builds and tests. An
# existing build-bench keeps its configuration (other benchmarks set it up their way).
if [[ $build == 1 ]]; then
    log "building mailroom-cli (Release, -O2, -j1) in $build_dir"
    if [[ ! -f $build_dir/CMakeCache.txt ]]; then
        cmake -S "$repo" -B "$build_dir" -G Ninja \
            -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
            -DMAILROOM_SANITIZE=OFF -DMAILROOM_WERROR=OFF -DBUILD_TESTING=OFF \
            > "$out_dir/mailbox-cmake.log" 2>&1 \
            || { echo "cmake failed, see $out_dir/mailbox-cmake.log" >&2; tail -20 "$out_dir/mailbox-cmake.log" >&2
                 exit 1; }
    fi
    if ! ninja -C "$build_dir" -j 1 mailroom-cli > "$out_dir/mailbox-build.log" 2>&1; then
        echo "mailroom-cli did not build, see $out_dir/mailbox-build.log" >&2
        tail -20 "$out_dir/mailbox-build.log" >&2
        exit 1
    fi
    cli="$build_dir/app/cli/mailroom-cli"
    # What was measured: the tree is shared, so name uncommitted sources too.
    changed=$(git -C "$repo" status --porcelain -- app | awk '{print $2}' | paste -sd' ')
    source="$(git -C "$repo" rev-parse --short HEAD)${changed:+ with uncommitted changes to $changed}"
else
    source="given with --cli or --no-build"
fi
[[ -n $cli ]] || cli="$build_dir/app/cli/mailroom-cli"
[[ -x $cli ]] || { echo "run-mailbox-bench.sh: no executable mailroom-cli at $cli" >&2; exit 1; }

# Each file is a pure function of the generator, the corpus and its arguments: reuse it when
# none changed.
generate()
{
    local messages=$1 copies=$2 file=$3
    local stamp
    stamp="$(sha256sum "$here/make-bounce-mbox.py" | cut -c1-16) $(cat "$corpus/expected.jsonl" \
        "$corpus"/emails/*.eml | sha256sum | cut -c1-16) $messages $copies"
    if [[ -f $file && -f $file.meta && "$(head -1 "$file.meta")" == "$stamp" ]]; then
        log "reusing $file (same generator, corpus and arguments)"
    else
        log "generating $file ($messages messages)"
        python3 "$here/make-bounce-mbox.py" --corpus "$corpus" --messages "$messages" \
            --recipient-copies "$copies" --out "$file" > "$file.summary"
        printf '%s\n' "$stamp" > "$file.meta"
    fi
    cat "$file.summary" >&2
}

measure()
{
    python3 "$here/scan_bench.py" measure --results "$results" "$@" || true
}

IFS=, read -r -a size_list <<< "$sizes"
cases=()
for messages in "${size_list[@]}"; do
    cases+=("$messages:$recipient_copies:mbox-$messages")
done
[[ $unique -gt 0 ]] && cases+=("$unique:0:mbox-$unique-unique")

for entry in "${cases[@]}"; do
    IFS=: read -r messages copies label <<< "$entry"
    file="$scratch/$label.mbox"
    generate "$messages" "$copies" "$file"
    bytes=$(stat -c %s "$file")

    log "$label: grep -c and mailroom-cli, $runs timed runs after one warm-up each"
    cat "$file" > /dev/null # into the page cache
    # GNU grep stops at the first match when its output is /dev/null, so it writes to a file.
    measure --label "$label-grep" --bytes "$bytes" --runs "$runs" --stdout "$scratch/$label-grep.out" \
        --stdout-every-run -- env LC_ALL=C grep -c '^From ' "$file"
    found=$(cat "$scratch/$label-grep.out")
    if [[ $found != "$messages" ]]; then
        echo "run-mailbox-bench.sh: grep counts $found separators in $file, not $messages" >&2
        exit 1
    fi
    measure --label "$label-mailroom" --bytes "$bytes" --runs "$runs" \
        --stdout "$scratch/$label-bounces.csv" -- "$cli" bounces --format csv "$file"
done

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
ram=$(free -m | awk '/^Mem:/ {print $2}')
machine="$(nproc) cores ($cpu), $ram MiB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"

log "results"
status=0
python3 - "$results" "$markdown" "$(printf '%s\n' "${cases[@]}")" "$scratch" "$machine" "$source" "$runs" \
    "$(date -u '+%Y-%m-%d %H:%M UTC')" <<'PY' || status=$?
import json, sys

results_path, markdown_path, cases, scratch, machine, source, runs, date = sys.argv[1:]
TARGET = 5000  # messages per second
MEMORY_GROWTH = 1.5  # largest size's peak RSS against the smallest's

records = {}
with open(results_path, encoding='utf-8') as handle:
    for line in handle:
        if line.strip():
            record = json.loads(line)
            records[record['label']] = record

rows = []
failed = []
for entry in cases.split():
    messages, copies, label = entry.split(':')
    messages, copies = int(messages), int(copies)
    grep, cli = records.get(label + '-grep'), records.get(label + '-mailroom')
    if not cli or cli.get('exit') or 'best' not in cli:
        failed.append(f'{label}: mailroom-cli failed')
        continue
    with open(f'{scratch}/{label}.mbox.summary', encoding='utf-8') as handle:
        summary = handle.read().strip()
    rate = messages / cli['best']
    row = dict(label=label, messages=messages, copies=copies, mb=cli['bytes'] / 1e6, grep=grep['best'],
               grep_rate=messages / grep['best'], best=cli['best'], median=cli['median'], rate=rate,
               ratio=grep['best'] / cli['best'], rss=cli['max_rss_kb'] / 1024,
               recipients=cli.get('stdout_records', 1) - 1, summary=summary)
    row['speed_ok'] = rate >= TARGET
    if not row['speed_ok']:
        failed.append(f'{label}: {rate:,.0f} messages/s, below {TARGET:,}')
    rows.append(row)

pooled = [r for r in rows if r['copies'] > 0]
growth = None
if len(pooled) >= 2:
    small = min(pooled, key=lambda r: r['messages'])
    large = max(pooled, key=lambda r: r['messages'])
    growth = large['rss'] / small['rss']
    if growth > MEMORY_GROWTH:
        failed.append(f"peak RSS at {large['messages']:,} messages is {growth:.2f} times that at "
                      f"{small['messages']:,}, above {MEMORY_GROWTH}")

lines = ['### Mailbox throughput against grep (file in page cache)', '',
         '| mbox | MB | distinct recipients listed | grep -c best s | grep msg/s | mailroom-cli best s '
         '| median s | **mailroom msg/s** | mailroom / grep | ≥ 5,000 msg/s | peak RSS (MiB) |',
         '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|']
for r in rows:
    recipients = 'every message new' if r['copies'] == 0 else f"repeat after {312 * r['copies']:,} messages"
    lines.append(f"| {r['messages']:,} messages ({recipients}) | {r['mb']:.1f} | {r['recipients']:,} "
                 f"| {r['grep']:.3f} | {r['grep_rate']:,.0f} | {r['best']:.3f} | {r['median']:.3f} "
                 f"| **{r['rate']:,.0f}** | {r['ratio']:.3f} | {'met' if r['speed_ok'] else '**missed**'} "
                 f"| {r['rss']:.1f} |")
lines.append('')
if growth is not None:
    lines.append(f"Peak RSS, largest / smallest size with the same recipients: {growth:.2f} "
                 f"(≤ {MEMORY_GROWTH}: {'met' if growth <= MEMORY_GROWTH else '**missed**'}).")
    lines.append('')
lines.append(f'- date: {date}')
lines.append(f'- machine: {machine}; shared with other work, so timings are noisy')
lines.append(f'- mailroom-cli: {source}')
lines.append(f'- timing: best of {runs} after one warm-up each, grep then mailroom-cli on each file; '
             'wall clock including process start; peak RSS is GNU time\'s %M, the largest of the runs; '
             'MB = 10^6 bytes; mailroom / grep is grep\'s time over mailroom-cli\'s')
for r in rows:
    lines.append(f"- {r['label']}.mbox: {r['summary']}")
text = '\n'.join(lines) + '\n'
with open(markdown_path, 'w', encoding='utf-8') as handle:
    handle.write(text)
print(text)
for reason in failed:
    print(f'run-mailbox-bench.sh: {reason}', file=sys.stderr)
sys.exit(1 if failed else 0)
PY
echo "markdown table: $markdown" >&2
exit $status
