#!/bin/sh
# Runs a test binary against a real Secret Service without reaching the user's own: a private
# D-Bus session (dbus-run-session) with gnome-keyring started and unlocked in it, and HOME, the
# XDG folders and the runtime folder (where gnome-keyring's control socket lives) in a temporary
# folder, so that the throwaway keyring is written there and removed afterwards.
#
#     tests/integration/run-with-keyring.sh BUILD/tests/integration/TestKeychain [ARGS...]
set -eu

for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: run bash .ci/install-deps test" >&2; exit 1; }
done

tmp=$(mktemp -d /tmp/mailroom-keyring-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/share" "$tmp/config" "$tmp/cache" "$tmp/run"
export HOME="$tmp" XDG_DATA_HOME="$tmp/share" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" \
    XDG_RUNTIME_DIR="$tmp/run"
# QtKeychain picks KWallet on a KDE desktop; here it must take the Secret Service.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION
# The keyring's password unlocks only this throwaway keyring.
export MAILROOM_KEYRING_PASSWORD=mailroom-test-keyring MAILROOM_PRIVATE_KEYRING=1

# gnome-keyring-daemon forks and leaves; it quits when the session bus goes at the end.
dbus-run-session -- sh -c 'printf %s "$MAILROOM_KEYRING_PASSWORD" \
    | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
