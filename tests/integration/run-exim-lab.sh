#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Exim half of the MTA lab: a real Exim 4.96 (Debian exim4-daemon-light) with its own
# configuration sends one message per scenario of lab-scenarios.csv to the scripted SMTP peer on
# 127.0.0.10-14, queue runs go on until every message is delivered or has failed, and the
# MtaLabBouncesTest checker reads the resulting main log through mailroom-cli.
#
#   run-exim-lab.sh --cli MAILROOM_CLI --checker MTA_LAB_TEST [--out DIR] [--port PORT]
#
# Needs root (Exim only keeps the privileges a delivery needs when root gives it a trusted
# configuration) and the packages exim4-daemon-light and python3. It installs nothing; it adds
# its configuration to /etc/exim4/trusted_configs for the run and removes it again.

set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cli=
checker=
out=
port=${MAILROOM_LAB_PORT:-2525}
deadline_seconds=120
exim=${EXIM:-/usr/sbin/exim4}
trusted=/etc/exim4/trusted_configs

while [ $# -gt 0 ]; do
    case "$1" in
        --cli) cli=$2; shift ;;
        --checker) checker=$2; shift ;;
        --out) out=$2; shift ;;
        --port) port=$2; shift ;;
        *) echo "usage: $0 --cli PATH --checker PATH [--out DIR] [--port PORT]" >&2; exit 2 ;;
    esac
    shift
done

die() { echo "exim-lab: $*" >&2; exit 1; }

[ -n "$cli" ] && [ -x "$cli" ] || die "mailroom-cli not found at '$cli' (build it first)"
[ -n "$checker" ] && [ -x "$checker" ] || die "the checker MtaLabBouncesTest not found at '$checker'"
[ -x "$exim" ] || die "exim4 is missing: install it with 'apt-get install exim4-daemon-light'"
"$exim" -bV 2>/dev/null | grep -q '^Exim version 4\.' \
    || die "$exim does not run as Exim 4 ('$exim -bV' failed)"
[ "$(id -u)" = 0 ] || die "must run as root: Exim drops the privileges deliveries need otherwise"
getent passwd Debian-exim >/dev/null || die "the Debian-exim user is missing (exim4-base)"
command -v python3 >/dev/null || die "python3 is missing (apt-get install python3)"

lab=$(mktemp -d /tmp/mailroom-exim-lab.XXXXXX)
chmod 0755 "$lab"
conf=$lab/exim.conf
peer_pid=
trusted_added=no

cleanup() {
    local status=$?
    if [ -n "$peer_pid" ]; then
        kill "$peer_pid" 2>/dev/null || true
        wait "$peer_pid" 2>/dev/null || true
    fi
    # Exim forks its deliveries into the background; any still running carry our unique -C
    # path on their command line, which names exactly the processes this run started.
    local leftover
    leftover=$(pgrep -f -- "-C $conf" || true)
    if [ -n "$leftover" ]; then
        kill $leftover 2>/dev/null || true
    fi
    if [ "$trusted_added" = yes ] && [ -f "$trusted" ]; then
        grep -vxF "$conf" "$trusted" > "$trusted.mailroom-lab" || true
        cat "$trusted.mailroom-lab" > "$trusted"
        rm -f "$trusted.mailroom-lab"
    fi
    if [ -n "$out" ]; then
        mkdir -p "$out"
        cp "$lab/log/mainlog" "$lab/mail/bounces.mbox" "$lab/peer.journal" "$out/" 2>/dev/null || true
    fi
    rm -rf "$lab"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$lab/spool" "$lab/log" "$lab/mail"
chown -R Debian-exim:Debian-exim "$lab/spool" "$lab/log" "$lab/mail"

# Every path is absolute: Exim re-executes itself for each delivery and for bounce messages.
# The routers send each provider's domain to its own loopback address, where the peer plays that
# provider; the board's own domain ends in one mbox of bounce notifications. Retries every 4s
# for 20s turn the permanent deferrals into "retry timeout exceeded" within the run.
cat > "$conf" <<EOF
primary_hostname = lab.board.example
qualify_domain = board.example
exim_user = Debian-exim
exim_group = Debian-exim
spool_directory = $lab/spool
log_file_path = $lab/log/%slog
keep_environment =
host_lookup =
rfc1413_hosts =

begin routers

board_mailbox:
  driver = accept
  domains = board.example
  transport = board_mbox

lab_providers:
  driver = manualroute
  route_list = gmail.example 127.0.0.10 ; outlook.example 127.0.0.11 ; \\
               isp.example 127.0.0.12 ; yahoo.example 127.0.0.13 ; \\
               webmail.example 127.0.0.14 ; acme.example 127.0.0.14
  self = send
  transport = lab_smtp

begin transports

lab_smtp:
  driver = smtp
  port = $port
  allow_localhost
  hosts_avoid_tls = *

board_mbox:
  driver = appendfile
  file = $lab/mail/bounces.mbox
  user = Debian-exim
  group = Debian-exim
  mode = 0600
  delivery_date_add
  envelope_to_add
  return_path_add

begin retry

*   *   F,20s,4s
EOF
chmod 0644 "$conf"

mkdir -p "$(dirname "$trusted")"
touch "$trusted"
if ! grep -qxF "$conf" "$trusted"; then
    echo "$conf" >> "$trusted"
    trusted_added=yes
fi

exim_lab() { "$exim" -C "$conf" "$@"; }

. "$here/lab-peer.sh"
start_lab_peer "$port"

# -odi makes the first attempt at submission, as a board talking to its MTA would see it.
count=0
while IFS=, read -r scenario sender recipient _category _reason _last_code; do
    [ "$scenario" = scenario ] && continue
    count=$((count + 1))
    exim_lab -odi -f "$sender" -- "$recipient" <<EOF || die "exim refused to accept message $count"
From: $sender
To: $recipient
Subject: Mailroom lab message $count
Message-ID: <lab-$count.$(date +%s)@board.example>

Scenario: $scenario
EOF
done < "$here/lab-scenarios.csv"

# Ordinary queue runs (not forced), so Exim honours its retry times the way its daemon would.
start=$(date +%s)
while [ "$(exim_lab -bpc)" != 0 ]; do
    if [ $(( $(date +%s) - start )) -ge "$deadline_seconds" ]; then
        exim_lab -bp >&2 || true
        die "the queue did not drain within ${deadline_seconds}s"
    fi
    sleep 2
    timeout 60 "$exim" -C "$conf" -q || die "a queue run failed or hung"
done

[ -s "$lab/log/mainlog" ] || die "Exim wrote no main log"
if [ -s "$lab/log/paniclog" ]; then
    cat "$lab/log/paniclog" >&2
    die "Exim wrote to its panic log"
fi
echo "exim-lab: $count messages settled in $(( $(date +%s) - start ))s; checking the main log"

# Check a kept copy when there is one, so failure messages name a file that still exists.
log=$lab/log/mainlog
mailbox=$lab/mail/bounces.mbox
if [ -n "$out" ]; then
    mkdir -p "$out"
    cp "$log" "$mailbox" "$lab/peer.journal" "$out/"
    log=$out/mainlog
    mailbox=$out/bounces.mbox
fi
# The checker reads the bounce notifications Exim sent the board too: they must agree with the log.
MAILROOM_CLI=$cli MAILROOM_LAB_LOG=$log MAILROOM_LAB_MAILBOX=$mailbox MAILROOM_LAB_EXPECTED=$here/lab-scenarios.csv \
    "$checker"
