#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write an mbox of bounce notices built from the Sisimai corpus, for run-mailbox-bench.sh.

  make-bounce-mbox.py --corpus DIR --messages N --out FILE [--recipient-copies K]

Message i is corpus message i mod 312 (in file name order). Every address the notice gives as
failed (its Final-Recipient, Original-Recipient and X-Failed-Recipients fields, and the recipient
expected.jsonl names), wherever it is written in plain text, gets "r<i>." in front of its local
part, so each message names its own recipients (the corpus alone reuses a few addresses such as
kijitora@example.jp in many notices). With --recipient-copies K the number is i mod (312 * K):
after K copies of the corpus the same notices name the same recipients again, as a board's dead
addresses bounce again and again. The ledger grows with distinct recipients by design, so it
then stays the same size while N grows. K = 0 makes every message's recipients new.

The file is a valid mboxrd (RFC 4155, mboxrd quoting): each message follows a "From " line, ends
with a blank line, and every line that starts with ">*From " gets one more '>'. Line ends are LF,
as a delivery agent writes them; a corpus file's own envelope line ("From ..." as its first
line) is dropped. The stream does not depend on N: the 5,000-message file is the first 5,000
messages of the 80,000 one. Prints one summary line, with the file's sha256.

Python 3 standard library only.
"""

import argparse
import hashlib
import json
import os
import re
import sys
import time

ENVELOPE_START = 1796300000  # 2026-12-03, the separators' dates walk on a minute per message
FIELDS = re.compile(rb"^(?:final-recipient|original-recipient|x-failed-recipients)[ \t]*:(.*)$",
                    re.IGNORECASE | re.MULTILINE)
ADDRESS = re.compile(rb"[A-Za-z0-9._%+=-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
FROM_LINE = re.compile(rb"^(>*From )", re.MULTILINE)


def template(data, recipients):
    """The message as literal pieces with the failed addresses between them:
    [text, local, domain, text, local, domain, ..., text]."""
    data = data.replace(b"\r\n", b"\n")
    if data.startswith(b"From "):
        data = data[data.find(b"\n") + 1:]
    if not data.endswith(b"\n"):
        data += b"\n"
    data = FROM_LINE.sub(rb">\1", data)

    addresses = {r.lower() for r in recipients if b"@" in r}
    for field in FIELDS.finditer(data):
        addresses.update(a.lower() for a in ADDRESS.findall(field.group(1)))
    addresses = {a for a in addresses if not a.startswith(b'"')}
    if not addresses:
        return [data]
    # Whole addresses only: "bob@x.org" must not match inside "jimbob@x.org" or "bob@x.org.uk".
    alternatives = b"|".join(re.escape(a) for a in sorted(addresses, key=len, reverse=True))
    pattern = re.compile(rb"(?<![A-Za-z0-9._%+=-])(" + alternatives + rb")(?![A-Za-z0-9-]|\.[A-Za-z0-9])",
                         re.IGNORECASE)
    pieces = []
    at = 0
    for found in pattern.finditer(data):
        local, _, domain = found.group(1).rpartition(b"@")
        pieces += [data[at:found.start()], local, domain]
        at = found.end()
    pieces.append(data[at:])
    return pieces


def render(pieces, number):
    if len(pieces) == 1:
        return pieces[0]
    tag = b"r%d." % number
    out = [pieces[0]]
    for index in range(1, len(pieces) - 1, 3):
        out += [tag, pieces[index], b"@", pieces[index + 1], pieces[index + 2]]
    return b"".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True,
                        help="the Sisimai corpus folder (emails/, expected.jsonl)")
    parser.add_argument("--messages", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--recipient-copies", type=int, default=16,
                        help="copies before the recipients repeat; 0: never (default 16)")
    args = parser.parse_args()

    expected = {}
    with open(os.path.join(args.corpus, "expected.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            expected.setdefault(row["file"], []).append(row["recipient"].encode("utf-8"))
    emails = os.path.join(args.corpus, "emails")
    names = sorted(name for name in os.listdir(emails) if name.endswith(".eml"))
    templates = []
    for name in names:
        with open(os.path.join(emails, name), "rb") as handle:
            templates.append(template(handle.read(), expected.get(name, [])))

    digest = hashlib.sha256()
    written = 0
    slots = 0
    with open(args.out, "wb") as out:
        for index in range(args.messages):
            which = index % len(templates)
            number = index % (len(templates) * args.recipient_copies) if args.recipient_copies > 0 else index
            stamp = time.strftime("%a %b %e %H:%M:%S %Y", time.gmtime(ENVELOPE_START + 60 * index))
            separator = b"From MAILER-DAEMON " + stamp.encode("ascii") + b"\n"
            chunk = separator + render(templates[which], number) + b"\n"
            out.write(chunk)
            digest.update(chunk)
            written += len(chunk)
            slots += (len(templates[which]) - 1) // 3
    varied = sum(1 for pieces in templates if len(pieces) > 1)
    print(f"{args.messages} messages, {written} bytes, {slots} addresses varied "
          f"({varied} of {len(templates)} corpus notices have some), "
          + (f"recipients repeat after {len(templates) * args.recipient_copies} messages"
             if args.recipient_copies > 0 else "no recipient repeats")
          + f"; sha256 {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
