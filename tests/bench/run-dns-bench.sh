#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reputation check benchmarks of issue 3, against dnsmasq on 127.0.0.2:5353 serving a board's
# domain and the blocklists' zones (nothing leaves this machine):
#   1. a full check: one IP against every list, plus SPF, DMARC, DKIM, PTR and MX of the domain;
#   2. a batch of 256 IPs against every list that takes IPv4, against a shell loop of `dig` over
#      the same names, in the same run.
#
#   tests/bench/run-dns-bench.sh [--cli PATH] [--runs N] [--out DIR]
#
# Needs dnsmasq-base and bind9-dnsutils (dig). Builds a Release mailroom-cli in build-bench unless
# --cli names one. Results: tests/bench/out/dns-bench.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
cli=""
runs=5
out_dir="$here/out"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --cli) cli=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --out) out_dir=$2; shift 2 ;;
        -h|--help) sed -n '3,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run-dns-bench.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done
mkdir -p "$out_dir"
for tool in dnsmasq dig python3; do
    command -v "$tool" > /dev/null || [[ -x /usr/sbin/$tool ]] \
        || { echo "run-dns-bench.sh: $tool is missing (apt-get install dnsmasq-base bind9-dnsutils)" >&2; exit 1; }
done
if [[ -z $cli ]]; then
    cmake -S "$repo" -B "$repo/build-bench" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
        -DMAILROOM_SANITIZE=OFF -DMAILROOM_WERROR=OFF -DBUILD_TESTING=OFF > "$out_dir/dns-cmake.log"
    ninja -C "$repo/build-bench" -j 2 mailroom-cli > "$out_dir/dns-build.log"
    cli="$repo/build-bench/app/cli/mailroom-cli"
fi

run=$(mktemp -d /tmp/mailroom-dns-bench.XXXXXX)
server=127.0.0.2
port=5353
zones=(zen.spamhaus.org b.barracudacentral.org bl.spamcop.net dnsbl-1.uceprotect.net dnsbl-2.uceprotect.net
       dnsbl-3.uceprotect.net psbl.surriel.com z.mailspike.net all.spamrats.com bl.score.senderscore.com
       list.dnswl.org)
{
    echo "port=$port"
    echo "listen-address=$server"
    echo "bind-interfaces"
    printf 'no-resolv\nno-hosts\nno-poll\n'
    printf 'local=/test/\nlocal=/in-addr.arpa/\n'
    for domain in spamhaus.org barracudacentral.org spamcop.net uceprotect.net surriel.com mailspike.net \
                  spamrats.com senderscore.com dnswl.org; do
        echo "local=/$domain/"
    done
    echo 'txt-record=board.test,"v=spf1 ip4:192.0.2.10 mx -all"'
    echo 'txt-record=_dmarc.board.test,"v=DMARC1; p=none; rua=mailto:dmarc@board.test"'
    echo 'txt-record=s1._domainkey.board.test,"v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="'
    echo 'host-record=mail.board.test,192.0.2.10'
    echo 'mx-host=board.test,mail.board.test,10'
    echo 'ptr-record=10.2.0.192.in-addr.arpa,mail.board.test'
    echo 'host-record=10.2.0.192.zen.spamhaus.org,127.0.0.4'
    # Every 16th address of the batch is listed somewhere, with a reason.
    for i in $(seq 0 16 255); do
        echo "host-record=$i.100.51.198.bl.spamcop.net,127.0.0.2"
        echo "txt-record=$i.100.51.198.bl.spamcop.net,\"listed, see https://www.spamcop.net/bl.shtml?198.51.100.$i\""
    done
    echo "pid-file=$run/dnsmasq.pid"
} > "$run/dnsmasq.conf"
dnsmasq_bin=$(command -v dnsmasq || echo /usr/sbin/dnsmasq)
"$dnsmasq_bin" --conf-file="$run/dnsmasq.conf" --user="$(id -un)"
trap 'kill "$(cat "$run/dnsmasq.pid")" 2>/dev/null || true; rm -rf "$run"' EXIT
for _ in $(seq 50); do
    dig @"$server" -p "$port" +short +time=1 +tries=1 mail.board.test A | grep -q 192.0.2.10 && break
    sleep 0.1
done

now() { python3 -c 'import time; print(f"{time.perf_counter():.6f}")'; }
seconds() { python3 -c "print(f'{$2 - $1:.3f}')"; }
best() { tr ' ' '\n' | grep . | sort -g | head -1; }

# 1. The full check.
full_times=""
inside_ms=""
for _ in $(seq "$runs"); do
    start=$(now)
    "$cli" check --ip 192.0.2.10 --domain board.test --selector s1 --nameserver "$server:$port" --format json \
        > "$run/full.json"
    end=$(now)
    full_times+="$(seconds "$start" "$end") "
    inside_ms+="$(python3 -c "import json; print(json.load(open('$run/full.json'))['elapsed_ms'])") "
done
full_best=$(echo "$full_times" | best)
inside_best=$(echo "$inside_ms" | best)
python3 - "$run/full.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["spf"]["result"] == "pass", r["spf"]
assert any(b["zone"] == "zen.spamhaus.org" and b["status"] == "listed" for b in r["blocklists"])
PY

# 2. The batch of 256 addresses.
ips=()
for i in $(seq 0 255); do ips+=(--ip "198.51.100.$i"); done
batch_times=""
for _ in $(seq "$runs"); do
    start=$(now)
    "$cli" check --blocklists-only "${ips[@]}" --nameserver "$server:$port" --format json > "$run/batch.json"
    end=$(now)
    batch_times+="$(seconds "$start" "$end") "
done
batch_best=$(echo "$batch_times" | best)
read -r listed unknown lists_per_ip < <(python3 - "$run/batch.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
b = [x for x in r["blocklists"] if x["query"]]
listed = sum(1 for x in b if x["status"] == "listed")
unknown = sum(1 for x in b if x["status"] == "unknown")
print(listed, unknown, len(b) // 256)
PY
)
# Queries mailroom sends: each list's answer and its test point, per address, plus a TXT per listing.
mailroom_queries=$((256 * lists_per_ip * 2 + listed))

# The shell loop: one dig per address and list, the same names without the test points.
names="$run/names.txt"
: > "$names"
for i in $(seq 0 255); do
    for zone in "${zones[@]}"; do echo "$i.100.51.198.$zone" >> "$names"; done
done
dig_queries=$(wc -l < "$names")
start=$(now)
while read -r name; do
    dig @"$server" -p "$port" +short +time=2 +tries=1 "$name" A > /dev/null
done < "$names"
end=$(now)
dig_seconds=$(seconds "$start" "$end")

report="$out_dir/dns-bench.md"
python3 - "$report" "$full_best" "$inside_best" "$batch_best" "$mailroom_queries" "$dig_seconds" "$dig_queries" \
    "$listed" "$unknown" "$full_times" "$batch_times" <<'PY'
import sys, datetime, platform, os
(path, full, inside, batch, mq, dig, dq, listed, unknown, full_all, batch_all) = sys.argv[1:]
full, inside, batch, mq, dig, dq = float(full), float(inside), float(batch), int(mq), float(dig), int(dq)
mail_qps = mq / batch
dig_qps = dq / dig
ratio = dig / batch
lines = [
    "## DNS checks (issue 3), " + datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC"),
    "",
    f"Against dnsmasq on 127.0.0.2:5353; {os.cpu_count()} cores; best of the runs.",
    "",
    "| measure | result | target |",
    "|---|---:|---|",
    f"| full check (1 IP, every list, SPF, DMARC, DKIM, PTR, MX), wall incl. process start | {full*1000:.0f} ms | < 1 s: {'met' if full < 1 else 'missed'} |",
    f"| the same, inside mailroom-cli (elapsed_ms) | {'under 1' if inside < 1 else f'{inside:.0f}'} ms | |",
    f"| batch: 256 IPs x {mq // 512} lists, mailroom-cli wall | {batch:.3f} s ({mq} queries, {mail_qps:.0f} queries/s) | |",
    f"| the same names by a shell loop of dig | {dig:.3f} s ({dq} queries, {dig_qps:.0f} queries/s) | |",
    f"| dig loop time / mailroom time | {ratio:.1f}x | >= 20x: {'met' if ratio >= 20 else 'missed'} |",
    "",
    f"Listed in the batch: {listed}; unknown: {unknown}. All full-check runs (s): {full_all.strip()}; batch runs (s): {batch_all.strip()}.",
    "",
]
open(path, "w").write("\n".join(lines))
print("\n".join(lines))
PY
