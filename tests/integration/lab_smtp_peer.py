#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A scripted SMTP peer that stands in for the receiving providers of the MTA lab.

Each loopback address is one provider; within a provider the recipient's local part picks
the scripted behaviour (see PROVIDERS). Attempts are counted per recipient address so that
"defer, then accept" scenarios work across the sending MTA's retries.

The texts follow what the real providers answer, with the sending IP filled in from the
connection, because the classifier under test reads those texts.
"""

import argparse
import asyncio
import datetime
import os
import signal
import sys

CRLF = "\r\n"
MAX_LINE = 4096


def multiline(code, status, lines):
    """Join reply lines the RFC 5321 way: '-' after the code on all but the last line."""
    out = []
    for index, text in enumerate(lines):
        sep = " " if index == len(lines) - 1 else "-"
        out.append(f"{code}{sep}{status} {text}")
    return CRLF.join(out)


def gmail_no_such_user(ip, rcpt):
    return multiline(550, "5.1.1", [
        "The email account that you tried to reach does not exist. Please try",
        "double-checking the recipient's email address for typos or",
        "unnecessary spaces. For more information, go to",
        " https://support.google.com/mail/?p=NoSuchUser a1b2c3d4e5f6.10 - gsmtp",
    ])


def gmail_unauthenticated(ip, rcpt):
    return multiline(550, "5.7.26", [
        "This mail is unauthenticated, which poses a security risk to the",
        "sender and Gmail users, and has been blocked. The sender must",
        "authenticate with at least one of SPF or DKIM. For this message,",
        "DKIM checks did not pass and SPF check for [board.example] did not",
        f"pass with ip: [{ip}]. The sender should visit",
        " https://support.google.com/mail/answer/81126#authentication for",
        "instructions on setting up authentication. a1b2c3d4e5f6.26 - gsmtp",
    ])


def outlook_block_list(ip, rcpt):
    return (f"550 5.7.1 Unfortunately, messages from [{ip}] weren't sent. Please contact your "
            "Internet service provider since part of their network is on our block list "
            "(S3150). You can also refer your provider to "
            "http://mail.live.com/mail/troubleshooting.aspx#errors. "
            "[AM0LAB01FT010.eop-EUR01.prod.protection.outlook.com 2026-01-01T00:00:00.000Z]")


def spamhaus_listing(ip, rcpt):
    return (f"554 5.7.1 Service unavailable; Client host [{ip}] blocked using "
            f"zen.spamhaus.org; https://www.spamhaus.org/query/ip/{ip}")


def yahoo_tss04(ip, rcpt):
    return (f"421 4.7.0 [TSS04] Messages from {ip} temporarily deferred due to unexpected "
            "volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes")


def mailbox_full(ip, rcpt):
    return f"552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox full, quota exceeded"


def mailbox_nearly_full(ip, rcpt):
    return f"452 4.2.2 <{rcpt}>: Mailbox full, try again later"


def greylisted(ip, rcpt):
    return "451 4.7.1 Greylisted, please try again later"


def temporary_problem(ip, rcpt):
    return "451 4.3.0 Temporary local problem - please try later"


def stuck_queue(ip, rcpt):
    return "450 4.3.2 System not accepting network messages, try again later"


def too_big(ip, rcpt):
    return "552 5.3.4 Message size exceeds fixed maximum message size"


# Phases: "mail" answers MAIL FROM for every message sent to that provider, "rcpt" answers
# RCPT TO, "data" answers the end of DATA. "until" = number of attempts that get the refusal
# before the peer accepts; None = refuse forever. "close" drops the connection after a 421,
# as real servers do.
PROVIDERS = {
    "gmail": {
        "mail": None,
        "rcpt": {"ghost": (gmail_no_such_user, None),
                 "no.such.applicant": (gmail_no_such_user, None)},
        "data": {"strict": (gmail_unauthenticated, None)},
        "banner": "mx.gmail.example ESMTP a1b2c3d4e5f6.0 - gsmtp",
    },
    "outlook": {
        "mail": outlook_block_list,
        "rcpt": {},
        "data": {},
        "banner": "AM0LAB01FT010.mail.protection.outlook.example Microsoft ESMTP MAIL Service ready",
    },
    "isp": {
        "mail": None,
        "rcpt": {"*": (spamhaus_listing, None)},
        "data": {},
        "banner": "mx.isp.example ESMTP Postfix",
    },
    "yahoo": {
        "mail": yahoo_tss04,
        "rcpt": {},
        "data": {},
        "banner": "mta7.am0.yahoodns.example ESMTP ready",
    },
    "generic": {
        "mail": None,
        "rcpt": {"full.box": (mailbox_full, None),
                 "nearly.full": (mailbox_nearly_full, None),
                 "later": (greylisted, 1),
                 "stuck": (stuck_queue, None)},
        "data": {"flaky": (temporary_problem, 2),
                 "big.attachments": (too_big, None)},
        "banner": "mx.generic.example ESMTP Exim 4.96",
    },
}


class Journal:
    """One line per decision, so a failing test can show what the peer answered and when."""

    def __init__(self, path):
        self.file = open(path, "a", encoding="utf-8") if path else None

    def write(self, provider, peer_ip, event, detail):
        if self.file is None:
            return
        now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
        flat = detail.replace(CRLF, " | ")
        self.file.write(f"{now} {provider} {peer_ip} {event} {flat}\n")
        self.file.flush()


class Peer:
    def __init__(self, journal):
        self.journal = journal
        self.attempts = {}

    def scripted(self, table, rcpt):
        local = rcpt.split("@", 1)[0].lower()
        return table.get(local) or table.get("*")

    def refusal(self, rule, rcpt, ip):
        """The reply for this attempt, or None when the rule has run out and the peer accepts."""
        if rule is None:
            return None
        make, until = rule
        key = rcpt.lower()
        self.attempts[key] = self.attempts.get(key, 0) + 1
        if until is not None and self.attempts[key] > until:
            return None
        return make(ip, rcpt)

    async def session(self, provider, reader, writer):
        spec = PROVIDERS[provider]
        peer_ip = writer.get_extra_info("peername")[0]
        state = {"from": None, "rcpts": []}

        async def reply(text):
            writer.write((text + CRLF).encode("utf-8"))
            await writer.drain()

        await reply(f"220 {spec['banner']}")
        try:
            while True:
                raw = await reader.readline()
                if not raw:
                    break
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                verb = line[:4].upper()
                if verb in ("EHLO", "HELO"):
                    if verb == "EHLO":
                        await reply(CRLF.join([f"250-{provider}.example at your service",
                                               "250-SIZE 10485760", "250-8BITMIME",
                                               "250-PIPELINING", "250 ENHANCEDSTATUSCODES"]))
                    else:
                        await reply(f"250 {provider}.example")
                elif verb == "MAIL":
                    sender = line.split(":", 1)[1].strip().split(" ")[0].strip("<>")
                    answer = spec["mail"](peer_ip, sender) if spec["mail"] else None
                    self.journal.write(provider, peer_ip, "MAIL", f"<{sender}> {answer or '250'}")
                    if answer:
                        await reply(answer)
                        if answer.startswith("421"):
                            break
                        continue
                    state = {"from": sender, "rcpts": []}
                    await reply("250 2.1.0 OK")
                elif verb == "RCPT":
                    rcpt = line.split(":", 1)[1].strip().split(" ")[0].strip("<>")
                    if state["from"] is None:
                        await reply("503 5.5.1 Error: need MAIL command")
                        continue
                    answer = self.refusal(self.scripted(spec["rcpt"], rcpt), rcpt, peer_ip)
                    self.journal.write(provider, peer_ip, "RCPT", f"<{rcpt}> {answer or '250'}")
                    if answer:
                        await reply(answer)
                        continue
                    state["rcpts"].append(rcpt)
                    await reply("250 2.1.5 OK")
                elif verb == "DATA":
                    if not state["rcpts"]:
                        await reply("554 5.5.1 Error: no valid recipients")
                        continue
                    await reply("354 Go ahead")
                    size = 0
                    while True:
                        body = await reader.readline()
                        if not body or body in (b".\r\n", b".\n"):
                            break
                        size += len(body)
                    answer = None
                    for rcpt in state["rcpts"]:
                        answer = self.refusal(self.scripted(spec["data"], rcpt), rcpt, peer_ip)
                        if answer:
                            break
                    rcpts = ",".join(state["rcpts"])
                    self.journal.write(provider, peer_ip, "DATA",
                                       f"<{rcpts}> {size} bytes {answer or '250'}")
                    state = {"from": None, "rcpts": []}
                    await reply(answer or "250 2.0.0 OK queued")
                elif verb == "RSET":
                    state = {"from": None, "rcpts": []}
                    await reply("250 2.0.0 OK")
                elif verb == "NOOP":
                    await reply("250 2.0.0 OK")
                elif verb == "QUIT":
                    await reply("221 2.0.0 Bye")
                    break
                else:
                    await reply("502 5.5.2 Error: command not recognized")
        except (ConnectionError, asyncio.IncompleteReadError, ValueError):
            # ValueError: a line longer than the reader limit; a real server would drop us too.
            pass
        finally:
            writer.close()


async def serve(args):
    journal = Journal(args.journal)
    peer = Peer(journal)
    servers = []
    for item in args.provider:
        address, provider = item.split("=", 1)
        if provider not in PROVIDERS:
            sys.exit(f"lab_smtp_peer: unknown provider '{provider}'")

        def handler(reader, writer, provider=provider):
            return peer.session(provider, reader, writer)

        try:
            servers.append(await asyncio.start_server(handler, address, args.port,
                                                      reuse_address=True, limit=MAX_LINE * 16))
        except OSError as error:
            sys.exit(f"lab_smtp_peer: cannot listen on {address}:{args.port}: {error}")

    if args.ready:
        with open(args.ready + ".tmp", "w", encoding="utf-8") as ready:
            ready.write(f"{os.getpid()}\n")
        os.replace(args.ready + ".tmp", args.ready)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
    for server in servers:
        server.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=2525)
    parser.add_argument("--provider", action="append", required=True,
                        help="ADDRESS=PROVIDER, e.g. 127.0.0.10=gmail (repeatable)")
    parser.add_argument("--ready", help="file written once every address listens")
    parser.add_argument("--journal", help="file that receives one line per answer")
    asyncio.run(serve(parser.parse_args()))


if __name__ == "__main__":
    main()
