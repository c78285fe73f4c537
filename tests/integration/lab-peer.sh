# Sourced by run-exim-lab.sh and record-postfix-lab.sh: starts the scripted SMTP peer that plays
# the receiving providers, and waits until it listens. Needs $here, $lab and a die function.

# start_lab_peer PORT: sets peer_pid.
start_lab_peer() {
    local port=$1
    python3 "$here/lab_smtp_peer.py" --port "$port" \
        --provider 127.0.0.10=gmail --provider 127.0.0.11=outlook --provider 127.0.0.12=isp \
        --provider 127.0.0.13=yahoo --provider 127.0.0.14=generic \
        --ready "$lab/peer.ready" --journal "$lab/peer.journal" &
    peer_pid=$!
    for _ in $(seq 50); do
        [ -f "$lab/peer.ready" ] && return 0
        kill -0 "$peer_pid" 2>/dev/null || die "the SMTP peer did not start (is port $port taken?)"
        sleep 0.1
    done
    die "the SMTP peer did not listen within 5 seconds"
}
