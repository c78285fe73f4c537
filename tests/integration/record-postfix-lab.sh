#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Records the Postfix fixtures of the MTA lab (tests/data/postfix-lab/).
#
# Postfix and Exim conflict as Debian packages, so CI runs the Exim lab live and checks Postfix
# against what this script recorded. It sends the scenarios of lab-scenarios.csv through a real
# Postfix 3.7 to the scripted peer (lab_smtp_peer.py), waits until every message is delivered,
# bounced or expired, and copies Postfix's own log, the bounce notifications that came back to
# the board and the expected table into the fixture folder.
#
# Run as root on a Debian 12 machine you can reconfigure: it installs postfix (which removes
# an installed Exim only with --replace-exim), overwrites /etc/postfix/main.cf, and stops
# Postfix again at the end. Takes about a minute.
#
#   sudo tests/integration/record-postfix-lab.sh [--replace-exim] [--out DIR]

set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out="$here/../data/postfix-lab"
replace_exim=no
port=2525
deadline_seconds=150

while [ $# -gt 0 ]; do
    case "$1" in
        --replace-exim) replace_exim=yes ;;
        --out) out=$2; shift ;;
        *) echo "usage: $0 [--replace-exim] [--out DIR]" >&2; exit 2 ;;
    esac
    shift
done

die() { echo "record-postfix-lab: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root: it installs and configures postfix"
command -v python3 >/dev/null || die "python3 is missing (apt-get install python3)"

if dpkg-query -W -f='${Status}' 'exim4-daemon-*' 2>/dev/null | grep -q 'install ok installed' \
    && [ "$replace_exim" = no ]; then
    die "exim4 is installed and conflicts with postfix; pass --replace-exim to let apt remove it"
fi

if ! dpkg-query -W -f='${Status}' postfix 2>/dev/null | grep -q 'install ok installed'; then
    echo 'postfix postfix/main_mailer_type select No configuration' | debconf-set-selections
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postfix
fi

lab=$(mktemp -d /tmp/postfix-lab.XXXXXX)
logdir=/var/log/postfix-lab
maildir=/var/lib/postfix-lab
mbox=$maildir/bounces.mbox
peer_pid=

cleanup() {
    postfix stop >/dev/null 2>&1 || true
    if [ -n "$peer_pid" ]; then
        kill "$peer_pid" 2>/dev/null || true
        wait "$peer_pid" 2>/dev/null || true
    fi
    rm -rf "$lab"
}
trap cleanup EXIT

postfix stop >/dev/null 2>&1 || true

# Short lifetimes and backoffs make deferrals expire within the run; the same scenarios in
# production would take days. The transport map keeps every message inside the lab: each
# provider's domain goes to its loopback address, the board's own domain is local, the rest is
# refused.
cat > /etc/postfix/main.cf <<EOF
compatibility_level = 3.6
myhostname = lab.board.example
mydomain = board.example
myorigin = \$mydomain
mydestination = board.example, localhost
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relayhost =
biff = no
append_dot_mydomain = no
maillog_file = $logdir/maillog
transport_maps = texthash:/etc/postfix/lab-transport
alias_maps = texthash:/etc/postfix/lab-aliases
alias_database =
allow_mail_to_files = alias
disable_dns_lookups = yes
smtp_tls_security_level = none
smtpd_tls_security_level = none
smtp_connect_timeout = 5s
maximal_queue_lifetime = 30s
bounce_queue_lifetime = 30s
minimal_backoff_time = 5s
maximal_backoff_time = 10s
queue_run_delay = 4s
delay_warning_time = 0
EOF

cat > /etc/postfix/lab-transport <<EOF
board.example    local:
gmail.example    smtp:[127.0.0.10]:$port
outlook.example  smtp:[127.0.0.11]:$port
isp.example      smtp:[127.0.0.12]:$port
yahoo.example    smtp:[127.0.0.13]:$port
webmail.example  smtp:[127.0.0.14]:$port
acme.example     smtp:[127.0.0.14]:$port
*                error:5.1.2 the MTA lab delivers to lab domains only
EOF

cat > /etc/postfix/lab-aliases <<EOF
notifications  $mbox
postmaster     $mbox
EOF

# texthash takes "key value" lines, not the "key: value" of /etc/aliases. Aliases that write to
# files run as default_privs (nobody), which also needs to create the lock file beside it.
install -d -m 0755 "$logdir"
rm -f "$logdir/maillog" "$mbox"
install -d -m 0755 -o nobody -g nogroup "$maildir"
install -m 0600 -o nobody -g nogroup /dev/null "$mbox"
postsuper -d ALL >/dev/null 2>&1 || true

. "$here/lab-peer.sh"
start_lab_peer "$port"

postfix check
postfix start

# One message per scenario; the table is the one the tests check.
count=0
while IFS=, read -r scenario sender recipient _category _reason _last_code; do
    [ "$scenario" = scenario ] && continue
    count=$((count + 1))
    /usr/sbin/sendmail -f "$sender" -- "$recipient" <<EOF
From: $sender
To: $recipient
Subject: Mailroom lab message $count
Date: $(date -R)
Message-ID: <lab-$count.$(date +%s)@board.example>

Scenario: $scenario
EOF
done < "$here/lab-scenarios.csv"

# No flushing: Postfix's own backoff paces the retries as it would in production, only faster.
start=$(date +%s)
while true; do
    sleep 3
    if postqueue -p 2>/dev/null | grep -q '^Mail queue is empty'; then
        break
    fi
    [ $(( $(date +%s) - start )) -lt "$deadline_seconds" ] \
        || die "the queue did not drain within ${deadline_seconds}s: $(postqueue -p)"
done
# The last bounce notification is logged by local(8) just after the queue empties.
sleep 2
postfix stop

mkdir -p "$out"
cp "$logdir/maillog" "$out/maillog"
cp "$mbox" "$out/bounces.mbox"
cp "$here/lab-scenarios.csv" "$out/expected.csv"
chmod 0644 "$out/maillog" "$out/bounces.mbox" "$out/expected.csv"
echo "record-postfix-lab: $count messages recorded into $out:"
ls -l "$out"
echo "--- peer journal"
cat "$lab/peer.journal"
