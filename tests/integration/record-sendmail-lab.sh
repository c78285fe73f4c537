#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Records the Sendmail fixtures of the MTA lab (tests/data/sendmail-lab/).
#
# It sends the scenarios of lab-scenarios.csv through a real Sendmail 8.17 (Debian sendmail-bin)
# to the scripted peer (lab_smtp_peer.py), runs the queue until every message is delivered,
# bounced or expired, and copies Sendmail's log, the bounce notifications that came back to the
# board and the expected table into the fixture folder.
#
# Sendmail and Exim conflict as Debian packages (both are the mail-transport-agent). CI and the
# other tests need exim4-daemon-light, so this script refuses to run while Exim is installed
# unless it is given --replace-exim; it then lets apt remove Exim, records, and at the end puts
# the test packages back with `.ci/install-deps test`, which reinstalls exim4-daemon-light and so
# removes Sendmail again, and purges the packages it installed for Sendmail. Pass --keep-sendmail
# to skip that last step.
#
# Sendmail logs only through syslog(3). The machine may have no syslog daemon, so while it runs
# the script listens on /dev/log itself (when nothing else does) and writes the mail facility's
# messages as rsyslog's traditional file format would: "Mmm dd hh:mm:ss host tag[pid]: text".
#
# Run as root on a Debian 12 machine you can reconfigure. Sendmail runs with its own
# configuration (/etc/mail/lab.cf, through -C); /etc/mail/sendmail.cf is not used and no daemon
# is left running. Takes about three minutes: the queue timeout is one minute.
#
#   sudo tests/integration/record-sendmail-lab.sh [--replace-exim] [--keep-sendmail] [--out DIR]

set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$here/../data/sendmail-lab"
replace_exim=no
keep_sendmail=no
port=2525
deadline_seconds=300

while [ $# -gt 0 ]; do
    case "$1" in
        --replace-exim) replace_exim=yes ;;
        --keep-sendmail) keep_sendmail=yes ;;
        --out) out=$2; shift ;;
        *) echo "usage: $0 [--replace-exim] [--keep-sendmail] [--out DIR]" >&2; exit 2 ;;
    esac
    shift
done

die() { echo "record-sendmail-lab: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root: it installs and configures sendmail"
command -v python3 >/dev/null || die "python3 is missing (apt-get install python3)"

exim_was_installed=no
if dpkg-query -W -f='${Status}' 'exim4-daemon-*' 2>/dev/null | grep -q 'install ok installed'; then
    exim_was_installed=yes
    [ "$replace_exim" = yes ] \
        || die "exim4 is installed and conflicts with sendmail; pass --replace-exim to let apt remove it (it is reinstalled at the end)"
fi

# The packages this run installs (Sendmail and what it pulled in), purged again at the end.
installed_here=()

restore_exim() {
    [ "$keep_sendmail" = no ] || return 0
    if [ "$exim_was_installed" = yes ] || [ "$replace_exim" = yes ]; then
        echo "record-sendmail-lab: reinstalling exim4-daemon-light (bash .ci/install-deps test)"
        bash "$root/.ci/install-deps" test
    fi
    if ((${#installed_here[@]})); then
        # Only when that takes nothing else with it.
        local would_go wanted
        would_go=$(apt-get -s purge "${installed_here[@]}" | awk '/^(Purg|Remv) /{print $2}' | sort)
        wanted=$(printf '%s\n' "${installed_here[@]}" | sort)
        if [ "$would_go" = "$wanted" ]; then
            DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "${installed_here[@]}" >/dev/null
            # The lab's own configuration; its log and mailbox stay in $logdir and $maildir.
            rm -f /etc/mail/lab.mc /etc/mail/lab.cf /etc/mail/lab-*
            rmdir /etc/mail 2>/dev/null || true
        else
            echo "record-sendmail-lab: not purging ${installed_here[*]}: it would remove other packages" >&2
        fi
    fi
}

if ! dpkg-query -W -f='${Status}' sendmail-bin 2>/dev/null | grep -q 'install ok installed' \
    || ! dpkg-query -W -f='${Status}' sendmail-cf 2>/dev/null | grep -q 'install ok installed'; then
    # From here on Exim may be gone: put it back whatever happens.
    trap restore_exim EXIT
    mapfile -t installed_here < <(apt-get -s install --no-install-recommends sendmail-bin sendmail-cf m4 \
        | awk '/^Inst /{print $2}')
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends sendmail-bin sendmail-cf m4
fi

lab=$(mktemp -d /tmp/sendmail-lab.XXXXXX)
logdir=/var/log/sendmail-lab
maildir=/var/lib/sendmail-lab
mbox=$maildir/bounces.mbox
cf=/etc/mail/lab.cf
peer_pid=
syslog_pid=
own_dev_log=no

# Sendmail wants a qualified host name and sleeps a minute per run when the machine's is not (a
# container's "vm", say). A private UTS namespace gives it one without touching the machine's.
sm() {
    unshare --uts sh -c 'hostname lab.board.example && exec /usr/sbin/sendmail "$@"' sendmail -C "$cf" "$@"
}

cleanup() {
    if [ -n "$peer_pid" ]; then
        kill "$peer_pid" 2>/dev/null || true
        wait "$peer_pid" 2>/dev/null || true
    fi
    if [ -n "$syslog_pid" ]; then
        kill "$syslog_pid" 2>/dev/null || true
        wait "$syslog_pid" 2>/dev/null || true
    fi
    [ "$own_dev_log" = yes ] && rm -f /dev/log
    rm -rf "$lab"
    restore_exim
}
trap cleanup EXIT

# The package's own daemon (started by its postinst where services may start) is not the lab's.
if [ -x /etc/init.d/sendmail ]; then
    /etc/init.d/sendmail stop >/dev/null 2>&1 || true
fi

# The board's domain is local; every provider's domain goes to its loopback address on the
# peer's port; the rest is refused. No DNS at all: the lab domains do not exist. Short timeouts
# make deferrals expire within the run (Timeout.queuereturn=1m gives "Cannot send message for 1
# minute"); the same scenarios in production take days. No delay warnings: they are not bounces.
cat > /etc/mail/lab.mc <<EOF
divert(-1)
# Mailroom MTA lab (tests/integration/record-sendmail-lab.sh)
divert(0)dnl
include(\`/usr/share/sendmail/cf/m4/cf.m4')dnl
VERSIONID(\`mailroom-lab')dnl
OSTYPE(\`debian')dnl
define(\`confDOMAIN_NAME', \`lab.board.example')dnl
define(\`confSERVICE_SWITCH_FILE', \`/etc/mail/lab-service.switch')dnl
define(\`confHOSTS_FILE', \`/etc/hosts')dnl
define(\`confBIND_OPTS', \`-DNSRCH -DEFNAMES')dnl
define(\`confDONT_PROBE_INTERFACES', \`true')dnl
define(\`confLOG_LEVEL', \`9')dnl
define(\`confTO_QUEUERETURN', \`1m')dnl
define(\`confTO_QUEUEWARN', \`4h')dnl
define(\`confMIN_QUEUE_AGE', \`0')dnl
define(\`confTO_ICONNECT', \`5s')dnl
define(\`confTO_CONNECT', \`5s')dnl
define(\`confDELIVERY_MODE', \`background')dnl
define(\`confDEF_USER_ID', \`nobody:nogroup')dnl
define(\`confPID_FILE', \`/run/sendmail/mta/sendmail.pid')dnl
define(\`QUEUE_DIR', \`/var/spool/mqueue-lab')dnl
define(\`STATUS_FILE', \`/var/lib/sendmail-lab/sendmail.st')dnl
define(\`ALIAS_FILE', \`hash:/etc/mail/lab-aliases')dnl
define(\`confHOST_STATUS_DIRECTORY', \`')dnl
dnl Debian's /etc/mail belongs to smmta; its maps are unsafe unless that user is trusted.
define(\`confTRUSTED_USER', \`smmta')dnl
define(\`ESMTP_MAILER_ARGS', \`TCP \$h $port')dnl
define(\`SMTP_MAILER_ARGS', \`TCP \$h $port')dnl
define(\`RELAY_MAILER_ARGS', \`TCP \$h $port')dnl
FEATURE(\`nocanonify')dnl
FEATURE(\`mailertable', \`hash -o /etc/mail/lab-mailertable')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl
LOCAL_CONFIG
Cwboard.example
Cwlocalhost
EOF

cat > /etc/mail/lab-service.switch <<EOF
hosts files
aliases files
EOF

cat > /etc/mail/lab-mailertable <<EOF
gmail.example    esmtp:[127.0.0.10]
outlook.example  esmtp:[127.0.0.11]
isp.example      esmtp:[127.0.0.12]
yahoo.example    esmtp:[127.0.0.13]
webmail.example  esmtp:[127.0.0.14]
acme.example     esmtp:[127.0.0.14]
.                error:5.1.2:550 the MTA lab delivers to lab domains only
EOF

cat > /etc/mail/lab-aliases <<EOF
notifications: $mbox
postmaster: $mbox
MAILER-DAEMON: postmaster
EOF

install -d -m 0755 "$logdir"
rm -f "$logdir/maillog"
install -d -m 0755 -o nobody -g nogroup "$maildir"
install -m 0600 -o nobody -g nogroup /dev/null "$mbox"
rm -rf /var/spool/mqueue-lab
install -d -m 0700 /var/spool/mqueue-lab
install -d -m 0755 /run/sendmail/mta

m4 /etc/mail/lab.mc > "$cf"
makemap hash /etc/mail/lab-mailertable < /etc/mail/lab-mailertable
sm -bi

# A syslog receiver for the mail facility, unless a syslog daemon already owns /dev/log (then
# its mail log is not ours to read: say where to look instead).
if [ -e /dev/log ]; then
    die "/dev/log exists (a syslog daemon runs); stop it or point its mail facility to $logdir/maillog"
fi
own_dev_log=yes
python3 - "$logdir/maillog" "$lab/syslog.ready" <<'PY' &
import os, re, socket, sys
out = open(sys.argv[1], "a", encoding="utf-8", errors="replace")
sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
sock.bind("/dev/log")
os.chmod("/dev/log", 0o666)
open(sys.argv[2], "w").close()
form = re.compile(r"^<(\d+)>(\w{3} [ \d]\d \d\d:\d\d:\d\d) (.*)$", re.S)
while True:
    data = sock.recv(65536).decode("utf-8", "replace").rstrip("\n\0")
    m = form.match(data)
    if not m or int(m.group(1)) >> 3 != 2:  # LOG_MAIL only
        continue
    out.write(f"{m.group(2)} lab {m.group(3)}\n")
    out.flush()
PY
syslog_pid=$!
for _ in $(seq 50); do
    [ -f "$lab/syslog.ready" ] && break
    sleep 0.1
done
[ -f "$lab/syslog.ready" ] || die "the syslog receiver did not start"

. "$here/lab-peer.sh"
start_lab_peer "$port"

# One message per scenario, submitted the way a board's mailer does (the command line, which
# logs as "sendmail"); the queue runs below log as "sm-mta", as Debian's daemon does.
count=0
while IFS=, read -r scenario sender recipient _category _reason _last_code; do
    [ "$scenario" = scenario ] && continue
    count=$((count + 1))
    sm -Am -f "$sender" -- "$recipient" <<EOF
From: $sender
To: $recipient
Subject: Mailroom lab message $count
Date: $(date -R)
Message-ID: <lab-$count.$(date +%s)@board.example>

Scenario: $scenario
EOF
done < "$here/lab-scenarios.csv"

# A queue run every five seconds until the queue is empty: retries, the final failures after
# Timeout.queuereturn, and the bounce notifications themselves.
start=$(date +%s)
while true; do
    sleep 5
    sm -L sm-mta -Am -q >/dev/null 2>&1 || true
    if sm -Am -bp 2>/dev/null | grep -q 'is empty'; then
        break
    fi
    [ $(( $(date +%s) - start )) -lt "$deadline_seconds" ] \
        || die "the queue did not drain within ${deadline_seconds}s: $(sm -Am -bp)"
done
# Background deliveries of the last notifications may still be logging.
sleep 3

mkdir -p "$out"
cp "$logdir/maillog" "$out/maillog"
cp "$mbox" "$out/bounces.mbox"
cp "$here/lab-scenarios.csv" "$out/expected.csv"
chmod 0644 "$out/maillog" "$out/bounces.mbox" "$out/expected.csv"
echo "record-sendmail-lab: $count messages recorded into $out:"
ls -l "$out"
echo "--- peer journal"
cat "$lab/peer.journal"
