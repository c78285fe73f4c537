#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write a large, realistic Exim main log or Postfix log for Mailroom's scan benchmarks.

The output is a pure function of (format, seed, pool sizes): the size only decides where the
stream stops, so the first MiB of a 20 MB file and of a 1 GB file are the same bytes. The
script prints the sha256 of that first MiB so two runs can be compared.

What the log simulates: a job board's mail server sending notifications from
notifications@board.example and recruiters' messages from their own addresses. About 90% of
deliveries succeed at once; about 7% fail (at once, or after deferrals that end in a bounce or
an expiry), and about 3% are deferred and delivered on retry. Failures always hit a fixed pool
of dead or refusing addresses, walked in a fixed permuted order, so a large enough file names
every one of them: that pool size is the "distinct bounced recipients" of the memory target.
Each pool address keeps one failure scenario, the way a real dead mailbox answers the same way
every time.

Python 3 standard library only.
"""

import argparse
import bisect
import hashlib
import heapq
import math
import random
import sys
import time

MIB = 1024 * 1024
BOARD_SENDER = "notifications@board.example"
BOARD_BOUNCE_FILE = "/var/mail/board-bounces"
BOARD_IP = "203.0.113.5"
START_EPOCH = 1767571200  # 2026-01-05 00:00:00 UTC, a Monday
MESSAGES_PER_DAY = 90000
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

FIRST_NAMES = [
    "anna", "ben", "chloe", "daniel", "eva", "farid", "greta", "hugo", "ines", "jonas", "karin",
    "lukas", "maria", "nils", "olga", "pedro", "quentin", "rosa", "samir", "tanja", "umut",
    "vera", "wojciech", "xenia", "yusuf", "zoe", "bjorn", "celine", "dmitri", "elif", "francois",
    "giulia", "hannah", "igor", "jose", "kasia", "laszlo", "mehmet", "noemi", "oskar", "priya",
    "rafael", "sofia", "tomas", "ursula", "viktor", "wei", "yasmin", "zeynep", "amelie",
]
LAST_NAMES = [
    "mueller", "schmidt", "kowalski", "nowak", "dubois", "martin", "rossi", "bianchi", "garcia",
    "fernandez", "jensen", "nielsen", "smith", "jones", "obrien", "murphy", "yilmaz", "demir",
    "novak", "horvath", "petrov", "ivanova", "larsen", "berg", "lindqvist", "virtanen", "silva",
    "santos", "costa", "weber", "fischer", "wagner", "becker", "hoffmann", "kaya", "sahin",
    "leclerc", "moreau", "lambert", "brown", "taylor", "wilson", "evans", "walsh", "kelly",
    "haddad", "nguyen", "tran", "kim", "park",
]
COMPANIES = [
    "brightlane-logistics", "northwind-staffing", "harbour-care", "kestrel-engineering",
    "meadow-foods", "copperleaf-retail", "bluefin-hotels", "granite-build", "lumen-clinics",
    "orchard-schools", "pinecrest-it", "riverside-hr", "saltmarsh-energy", "tidewater-legal",
    "willow-accounting", "zephyr-travel",
]


def b62(value, width):
    out = []
    for _ in range(width):
        value, digit = divmod(value, 62)
        out.append(B62[digit])
    return "".join(reversed(out))


class Provider:
    """A receiving mail system: its domains, its MX hosts and how it says 250."""

    def __init__(self, name, domains, hosts, accept):
        self.name = name
        self.domains = domains
        self.hosts = hosts
        self.accept = accept


def company_hosts(index):
    return [(f"mx{n}.{COMPANIES[index]}.example", f"198.51.100.{index * 8 + n + 10}") for n in (1, 2)]


PROVIDERS = {
    "gmail": Provider("gmail", [("gmail.com", 40), ("googlemail.com", 2)],
                      [("gmail-smtp-in.l.google.com", "142.250.102.27"),
                       ("alt1.gmail-smtp-in.l.google.com", "142.251.9.26"),
                       ("alt2.gmail-smtp-in.l.google.com", "74.125.200.26")],
                      "250 2.0.0 OK  {epoch} {trace} - gsmtp"),
    "outlook": Provider("outlook", [("outlook.com", 10), ("hotmail.com", 9), ("hotmail.co.uk", 3),
                                    ("live.com", 3)],
                        [("hotmail-com.olc.protection.outlook.com", "52.101.68.18"),
                         ("outlook-com.olc.protection.outlook.com", "52.101.73.2")],
                        "250 2.6.0 <{msgid}> [InternalId={internal}, Hostname={mshost}] "
                        "{size} bytes in 0.{ms:03d}, 38.411 KB/sec Queued mail for delivery"),
    "yahoo": Provider("yahoo", [("yahoo.com", 7), ("yahoo.co.uk", 2), ("ymail.com", 1)],
                      [("mta5.am0.yahoodns.net", "67.195.204.72"),
                       ("mta6.am0.yahoodns.net", "98.136.96.76")],
                      "250 ok dirdel"),
    "gmx": Provider("gmx", [("gmx.de", 5), ("gmx.net", 2), ("web.de", 5)],
                    [("mx00.emig.gmx.net", "212.227.15.9"), ("mx01.emig.gmx.net", "212.227.17.5")],
                    "250 Requested mail action okay, completed: id={gmxid}"),
    "orange": Provider("orange", [("orange.fr", 3), ("wanadoo.fr", 1)],
                       [("smtp-in.orange.fr", "80.12.242.14")],
                       "250 2.0.0 {orangeid} mail accepted for delivery"),
    "icloud": Provider("icloud", [("icloud.com", 4), ("me.com", 1)],
                       [("mx01.mail.icloud.com", "17.57.154.6"),
                        ("mx02.mail.icloud.com", "17.57.155.23")],
                       "250 2.0.0 Ok: queued as {queueid}"),
    "tonline": Provider("tonline", [("t-online.de", 3)], [("mx00.t-online.de", "194.25.134.8")],
                        "250 2.0.0 Message accepted."),
    "company": Provider("company", [(f"{c}.example", 1) for c in COMPANIES], None,
                        "250 2.0.0 Ok: queued as {queueid}"),
}

PROVIDER_WEIGHTS = [("gmail", 42), ("outlook", 25), ("yahoo", 10), ("gmx", 12), ("orange", 4),
                    ("icloud", 5), ("tonline", 3), ("company", 14)]

# A failure scenario: how a receiving system refuses one address, with its reply lines as the
# server sent them (multi-line replies keep one entry per line). "kind" says how it ends:
#   fail        refused at once with a 5xx
#   defer_fail  4xx deferrals, then a 5xx on a later attempt
#   expire      4xx deferrals until the queue lifetime runs out
#   unroute     the domain does not resolve (a typo domain); no remote host
#   transient   4xx deferrals, then delivered (used for the healthy pool)
SCENARIOS = {
    "gmail_nosuchuser": dict(kind="fail", stage="RCPT", dsn="5.1.1", lines=[
        "550-5.1.1 The email account that you tried to reach does not exist. Please try",
        "550-5.1.1 double-checking the recipient's email address for typos or",
        "550-5.1.1 unnecessary spaces. For more information, go to",
        "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser {trace} - gsmtp"]),
    "gmail_disabled": dict(kind="fail", stage="RCPT", dsn="5.2.1", lines=[
        "550-5.2.1 The email account that you tried to reach is disabled. Learn more at",
        "550 5.2.1  https://support.google.com/mail/?p=DisabledUser {trace} - gsmtp"]),
    "gmail_overquota": dict(kind="defer_fail", stage="RCPT", dsn="5.2.2", lines=[
        "552-5.2.2 The recipient's inbox is out of storage space. Please direct the",
        "552-5.2.2 recipient to",
        "552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm {trace} - gsmtp"],
        defer_dsn="4.2.2", defer_lines=[
        "452-4.2.2 The recipient's inbox is out of storage space. Please direct the",
        "452-4.2.2 recipient to",
        "452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp {trace} - gsmtp"]),
    "gmail_unauthenticated": dict(kind="fail", stage="DATA", dsn="5.7.26", lines=[
        "550-5.7.26 This mail is unauthenticated, which poses a security risk to the",
        "550-5.7.26 sender and Gmail users, and has been blocked. The sender must",
        "550-5.7.26 authenticate with at least one of SPF or DKIM. For this message,",
        "550-5.7.26 DKIM checks did not pass and SPF check for [board.example] did not",
        "550-5.7.26 pass with ip: [{boardip}]. The sender should visit",
        "550-5.7.26  https://support.google.com/mail/answer/81126#authentication for",
        "550 5.7.26 instructions on setting up authentication. {trace} - gsmtp"]),
    "outlook_unknown": dict(kind="fail", stage="RCPT", dsn="5.5.0", lines=[
        "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). "
        "[{mshost} {iso} {msguid}]"]),
    "outlook_s3150": dict(kind="fail", stage="MAIL", dsn="5.7.1", lines=[
        "550 5.7.1 Unfortunately, messages from [{boardip}] weren't sent. Please contact your "
        "Internet service provider since part of their network is on our block list (S3150). "
        "You can also refer your provider to "
        "http://mail.live.com/mail/troubleshooting.aspx#errors. [{mshost} {iso} {msguid}]"]),
    "outlook_full": dict(kind="fail", stage="RCPT", dsn="5.2.2", lines=[
        "552 5.2.2 Requested action not taken: mailbox full. [{mshost} {iso} {msguid}]"]),
    "yahoo_nouser": dict(kind="fail", stage="DATA", dsn="5.0.0", lines=[
        "554 delivery error: dd This user doesn't have a {domain} account ({rcpt}) [0] - "
        "mta4011.mail.gq1.yahoo.com"]),
    "yahoo_tss04": dict(kind="expire", stage="MAIL", dsn="4.7.0", lines=[
        "421 4.7.0 [TSS04] Messages from {boardip} temporarily deferred due to unexpected "
        "volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"]),
    "gmx_unavailable": dict(kind="fail", stage="RCPT", dsn="5.0.0", lines=[
        "550 Requested action not taken: mailbox unavailable"]),
    "gmx_full": dict(kind="defer_fail", stage="RCPT", dsn="5.2.2", lines=[
        "552-Requested mail action aborted: exceeded storage allocation",
        "552 Mailbox full"], defer_dsn="4.2.2", defer_lines=[
        "452-Requested action not taken: insufficient system storage",
        "452 Mailbox full, please try again later"]),
    "orange_blocked": dict(kind="fail", stage="RCPT", dsn="5.7.1", lines=[
        "550 5.7.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. "
        "OFR004_104 [104]"]),
    "icloud_unknown": dict(kind="fail", stage="RCPT", dsn="5.1.1", lines=[
        "550 5.1.1 <{rcpt}>: user does not exist"]),
    "tonline_blocked": dict(kind="fail", stage="MAIL", dsn="5.7.1", lines=[
        "554 IP={boardip} - A problem occurred. (Ask your postmaster for help or to contact "
        "tosa@rx.t-online.de to clarify.) (BL)"]),
    "company_unknown": dict(kind="fail", stage="RCPT", dsn="5.1.1", lines=[
        "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"]),
    "company_full": dict(kind="fail", stage="RCPT", dsn="5.2.2", lines=[
        "552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox is full"]),
    "company_spamhaus": dict(kind="fail", stage="RCPT", dsn="5.7.1", lines=[
        "554 5.7.1 Service unavailable; Client host [{boardip}] blocked using zen.spamhaus.org; "
        "https://www.spamhaus.org/query/ip/{boardip}"]),
    "company_toobig": dict(kind="fail", stage="MAIL", dsn="5.3.4", lines=[
        "552 5.3.4 Message size exceeds fixed limit"]),
    "company_spam": dict(kind="fail", stage="DATA", dsn="5.7.1", lines=[
        "550 5.7.1 Message rejected as spam by Content Filtering (score 11.4)"]),
    "company_dead_host": dict(kind="expire", stage="CONNECT", dsn="4.4.1", lines=[]),
    "typo_domain": dict(kind="unroute", stage="NONE", dsn="5.4.4", lines=[]),
    "greylisted": dict(kind="transient", stage="RCPT", dsn="4.7.1", lines=[
        "451 4.7.1 <{rcpt}>: Recipient address rejected: Greylisted, see "
        "http://postgrey.schweikert.ch/help/{domain}.html"]),
    "gmail_ratelimit": dict(kind="transient", stage="RCPT", dsn="4.2.1", lines=[
        "450-4.2.1 The user you are trying to contact is receiving mail at a rate that",
        "450-4.2.1 prevents additional messages from being delivered. Please resend your",
        "450-4.2.1 message at a later point. If the user is able to receive mail at that",
        "450-4.2.1 time, your message will be delivered. For more information, go to",
        "450 4.2.1  https://support.google.com/mail/?p=ReceivingRate {trace} - gsmtp"]),
    "yahoo_tss04_transient": dict(kind="transient", stage="MAIL", dsn="4.7.0", lines=[
        "421 4.7.0 [TSS04] Messages from {boardip} temporarily deferred due to unexpected "
        "volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"]),
    "timeout_transient": dict(kind="transient", stage="CONNECT", dsn="4.4.1", lines=[]),
}

# Which scenarios each provider's dead addresses use, with weights.
POOL_SCENARIOS = {
    "gmail": [("gmail_nosuchuser", 62), ("gmail_disabled", 12), ("gmail_overquota", 10),
              ("gmail_unauthenticated", 8), ("typo_domain", 8)],
    "outlook": [("outlook_unknown", 60), ("outlook_s3150", 22), ("outlook_full", 8),
                ("typo_domain", 10)],
    "yahoo": [("yahoo_nouser", 75), ("yahoo_tss04", 15), ("typo_domain", 10)],
    "gmx": [("gmx_unavailable", 75), ("gmx_full", 25)],
    "orange": [("orange_blocked", 40), ("company_unknown", 60)],
    "icloud": [("icloud_unknown", 100)],
    "tonline": [("tonline_blocked", 30), ("company_unknown", 70)],
    "company": [("company_unknown", 40), ("company_full", 12), ("company_spamhaus", 14),
                ("company_toobig", 8), ("company_spam", 8), ("company_dead_host", 18)],
}
TRANSIENT_SCENARIOS = {
    "gmail": "gmail_ratelimit", "yahoo": "yahoo_tss04_transient", "company": "greylisted",
    "gmx": "greylisted", "orange": "timeout_transient", "outlook": "timeout_transient",
    "icloud": "timeout_transient", "tonline": "greylisted",
}
TYPO_DOMAINS = {"gmail": ["gmial.com", "gmail.con", "gamil.com"],
                "outlook": ["hotmial.com", "outlok.com", "hotmail.co"],
                "yahoo": ["yaho.com", "yahoo.cm"]}

# Minutes after arrival of each retry, roughly Exim's default F,2h,15m then G,16h,1h,1.5.
RETRY_MINUTES = [15, 30, 45, 60, 120, 210, 345, 550, 860]
EXPIRE_MINUTES = 1440


def weighted(rng, table):
    """Pick from [(item, weight)] with one random() draw; a fixed table so order is stable."""
    total = sum(weight for _, weight in table)
    point = rng.random() * total
    for item, weight in table:
        point -= weight
        if point < 0:
            return item
    return table[-1][0]


class Recipient:
    __slots__ = ("address", "local", "domain", "provider", "scenario", "host", "ip")

    def __init__(self, local, domain, provider, scenario, host, ip):
        self.local = local
        self.domain = domain
        self.address = f"{local}@{domain}"
        self.provider = provider
        self.scenario = scenario
        self.host = host
        self.ip = ip


def coprime_stride(n, start):
    stride = start
    while math.gcd(stride, n) != 1:
        stride += 1
    return stride


class Population:
    """The board's healthy addresses and its pool of dead or refusing ones, built once."""

    def __init__(self, rng, healthy, bounced):
        self.seen = set()
        self.healthy = [self.make(rng, dead=False) for _ in range(healthy)]
        self.bounced = [self.make(rng, dead=True) for _ in range(bounced)]
        self.stride = coprime_stride(len(self.bounced), len(self.bounced) // 3 + 7)
        self.next_bounced = 0
        self.seen = None

    def make(self, rng, dead):
        provider = PROVIDERS[weighted(rng, PROVIDER_WEIGHTS)]
        domain = weighted(rng, provider.domains)
        scenario = weighted(rng, POOL_SCENARIOS[provider.name]) if dead else None
        if scenario == "typo_domain":
            typos = TYPO_DOMAINS.get(provider.name, ["gmial.com"])
            domain = typos[int(rng.random() * len(typos))]
        while True:
            first = FIRST_NAMES[int(rng.random() * len(FIRST_NAMES))]
            last = LAST_NAMES[int(rng.random() * len(LAST_NAMES))]
            style = int(rng.random() * 4)
            number = int(rng.random() * 10000)
            if style == 0:
                local = f"{first}.{last}"
            elif style == 1:
                local = f"{first}.{last}{number % 100}"
            elif style == 2:
                local = f"{first}{last[0]}{number}"
            else:
                local = f"{first[0]}{last}{1950 + number % 60}"
            if (local, domain) not in self.seen:
                self.seen.add((local, domain))
                break
        if provider.name == "company":
            host, ip = company_hosts(COMPANIES.index(domain[: -len(".example")]))[0]
        else:
            host, ip = provider.hosts[int(rng.random() * len(provider.hosts))]
        return Recipient(local, domain, provider, scenario, host, ip)

    def pick_healthy(self, rng):
        return self.healthy[int(rng.random() * len(self.healthy))]

    def pick_bounced(self):
        # A permutation walk: every pool address is used once before any is used twice.
        index = (self.next_bounced * self.stride) % len(self.bounced)
        self.next_bounced += 1
        return self.bounced[index]


class Output:
    """Collects lines, stops after the target size, and hashes the first MiB."""

    def __init__(self, path, target_bytes):
        self.file = open(path, "wb")
        self.target = target_bytes
        self.written = 0
        self.lines = 0
        self.buffer = []
        self.buffered = 0
        self.head = hashlib.sha256()
        self.head_left = MIB
        self.done = False

    def add(self, line):
        self.buffer.append(line)
        self.buffered += len(line) + 1
        if self.buffered >= MIB:
            self.flush()

    def flush(self):
        if not self.buffer:
            return
        data = ("\n".join(self.buffer) + "\n").encode("ascii")
        self.lines += len(self.buffer)
        self.buffer = []
        self.buffered = 0
        if self.head_left > 0:
            self.head.update(data[: self.head_left])
            self.head_left -= min(self.head_left, len(data))
        self.file.write(data)
        self.written += len(data)
        if self.written >= self.target:
            self.done = True

    def close(self):
        self.flush()
        self.file.close()


class Message:
    __slots__ = ("qid", "sender", "size", "msgid", "pending", "failed", "arrival", "user_message")


class Simulation:
    """The shared mail flow; EximLog and PostfixLog turn its events into lines."""

    def __init__(self, rng, population, out):
        self.rng = rng
        self.population = population
        self.out = out
        self.now = float(START_EPOCH)
        self.retries = []
        self.sequence = 0
        self.stats = {"messages": 0, "delivered": 0, "failed": 0, "deferred": 0, "expired": 0}
        self.failed_addresses = set()
        self.mean_gap = 86400.0 / MESSAGES_PER_DAY

    def trace(self):
        rng = self.rng
        head = b62(int(rng.random() * 62 ** 8), 8)
        return f"{head}{int(rng.random() * 1e6):06d}si.{int(rng.random() * 99)}"

    def reply_fields(self, rcpt, when):
        rng = self.rng
        iso = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(when))
        iso += f".{int(rng.random() * 1000):03d}Z"
        return {
            "trace": self.trace(), "boardip": BOARD_IP, "rcpt": rcpt.address, "domain": rcpt.domain,
            "mshost": f"AM{int(rng.random() * 9) + 1}PEPF0000{b62(int(rng.random() * 62 ** 4), 4)}"
                      f".eurprd04.prod.outlook.com",
            "iso": iso, "msguid": f"08DE{int(rng.random() * 16 ** 12):012X}",
        }

    def accept_text(self, rcpt, message, when):
        rng = self.rng
        template = rcpt.provider.accept
        if "{" not in template:
            return template
        return template.format(
            epoch=int(when), trace=self.trace(), msgid=message.msgid,
            internal=int(rng.random() * 1e14), mshost=f"DB9PR04MB{int(rng.random() * 9999):04d}"
                                                      f".eurprd04.prod.outlook.com",
            size=message.size + 900, ms=int(rng.random() * 1000),
            gmxid=f"1M{b62(int(rng.random() * 62 ** 6), 6)}-1{b62(int(rng.random() * 62 ** 9), 9)}",
            orangeid=b62(int(rng.random() * 62 ** 10), 10), queueid=self.remote_queue_id())

    def remote_queue_id(self):
        return f"4{b62(int(self.rng.random() * 62 ** 10), 10)}"

    def run(self, log):
        rng = self.rng
        out = self.out
        population = self.population
        log.start(self)
        while not out.done:
            self.now += -self.mean_gap * math.log(1.0 - rng.random())
            while self.retries and self.retries[0][0] <= self.now:
                _, _, message, rcpt, attempt = heapq.heappop(self.retries)
                self.retry(log, message, rcpt, attempt)
            log.tick(self)
            self.new_message(log, rng, population)
        log.finish(self)

    def new_message(self, log, rng, population):
        message = Message()
        self.sequence += 1
        message.user_message = rng.random() < 0.18
        if message.user_message:
            company = COMPANIES[int(rng.random() * len(COMPANIES))]
            person = FIRST_NAMES[int(rng.random() * len(FIRST_NAMES))]
            role = ["hr", "jobs", "talent", "recruiting"][self.sequence % 4]
            message.sender = f"{person}.{role}@{company}.example"
        else:
            message.sender = BOARD_SENDER
        message.size = 2400 + int(rng.random() * 9000)
        tag = b62(self.sequence * 2654435761 % 62 ** 5, 5)
        message.msgid = f"{int(self.now)}.{self.sequence:x}{tag}@board.example"
        message.failed = []
        message.arrival = self.now
        count = 1 if rng.random() < 0.94 else 2 + int(rng.random() * 2)
        recipients = []
        for _ in range(count):
            u = rng.random()
            if u < 0.085:
                recipients.append((population.pick_bounced(), True))
            elif u < 0.100:
                rcpt = population.pick_healthy(rng)
                recipients.append((rcpt, TRANSIENT_SCENARIOS[rcpt.provider.name]))
            else:
                recipients.append((population.pick_healthy(rng), None))
        message.pending = len(recipients)
        self.stats["messages"] += 1
        log.arrival(self, message, [r for r, _ in recipients])
        for rcpt, trouble in recipients:
            if trouble is True:
                self.first_attempt(log, message, rcpt, rcpt.scenario)
            elif trouble:
                self.defer(log, message, rcpt, SCENARIOS[trouble], trouble, 0)
            else:
                log.delivered(self, message, rcpt)
                self.stats["delivered"] += 1
                self.settle(log, message)

    def first_attempt(self, log, message, rcpt, name):
        scenario = SCENARIOS[name]
        if scenario["kind"] in ("fail", "unroute"):
            self.fail(log, message, rcpt, scenario, name)
        else:
            self.defer(log, message, rcpt, scenario, name, 0)

    def defer(self, log, message, rcpt, scenario, name, attempt):
        self.stats["deferred"] += 1
        log.deferred(self, message, rcpt, scenario, attempt)
        due = message.arrival + RETRY_MINUTES[attempt] * 60 + self.rng.random() * 60
        heapq.heappush(self.retries, (due, self.sequence_key(), message, (rcpt, name), attempt + 1))

    def sequence_key(self):
        self.sequence += 1
        return self.sequence

    def retry(self, log, message, entry, attempt):
        rcpt, name = entry
        scenario = SCENARIOS[name]
        kind = scenario["kind"]
        if kind == "transient" and attempt >= 1 + (self.sequence % 2):
            log.delivered(self, message, rcpt, retry=True)
            self.stats["delivered"] += 1
            self.settle(log, message)
        elif kind == "defer_fail" and attempt >= 2:
            self.fail(log, message, rcpt, scenario, name)
        elif kind == "expire" and (attempt >= len(RETRY_MINUTES)
                                   or RETRY_MINUTES[attempt] >= EXPIRE_MINUTES):
            self.stats["expired"] += 1
            self.stats["failed"] += 1
            self.failed_addresses.add(rcpt.address)
            message.failed.append(rcpt)
            log.expired(self, message, rcpt, scenario)
            self.settle(log, message, expired=True)
        else:
            self.defer(log, message, rcpt, scenario, name, attempt)

    def fail(self, log, message, rcpt, scenario, name):
        self.stats["failed"] += 1
        self.failed_addresses.add(rcpt.address)
        message.failed.append(rcpt)
        log.failed(self, message, rcpt, scenario)
        self.settle(log, message)

    def settle(self, log, message, expired=False):
        message.pending -= 1
        if message.pending == 0:
            if message.failed:
                log.bounce_notification(self, message, expired)
            log.completed(self, message)


def exim_reply(lines, fields):
    return "\\n".join(line.format(**fields) if "{" in line else line for line in lines)


class EximLog:
    """Exim 4.96 main log lines with Debian's default log_selector."""

    TLS = "X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=yes"
    TLS12 = "X=TLS1.2:ECDHE_SECP256R1__RSA_SHA256__AES_256_GCM:256 CV=no"

    def __init__(self, out):
        self.out = out
        self.stamp_second = -1
        self.stamp = ""
        self.id_counter = 0
        self.next_queue_run = START_EPOCH + 1800
        self.queue_pid = 4000

    def when(self, sim):
        second = int(sim.now)
        if second != self.stamp_second:
            self.stamp_second = second
            self.stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(second))
        return self.stamp

    def new_id(self, sim):
        # 4.96 ids: base-62 time, base-62 pid, base-62 fraction of the second.
        self.id_counter += 1
        pid = 1000 + (self.id_counter * 7919) % 300000
        return f"{b62(int(sim.now), 6)}-{b62(pid, 6)}-{b62(self.id_counter % 3844, 2)}"

    def start(self, sim):
        pass

    def finish(self, sim):
        pass

    def tick(self, sim):
        if sim.now >= self.next_queue_run:
            stamp = self.when(sim)
            self.queue_pid += 17
            self.out.add(f"{stamp} Start queue run: pid={self.queue_pid}")
            self.out.add(f"{stamp} End queue run: pid={self.queue_pid}")
            self.next_queue_run += 1800

    def arrival(self, sim, message, recipients):
        message.qid = self.new_id(sim)
        stamp = self.when(sim)
        self.out.add(f"{stamp} {message.qid} <= {message.sender} U=www-data P=local S={message.size} "
                     f"id={message.msgid}")

    def delivered(self, sim, message, rcpt, retry=False):
        sim.now += sim.rng.random() * 1.5
        stamp = self.when(sim)
        tls = self.TLS if rcpt.provider.name != "company" else self.TLS12
        confirm = sim.accept_text(rcpt, message, sim.now)
        reused = "*" if sim.sequence % 5 == 0 else ""
        self.out.add(f"{stamp} {message.qid} => {rcpt.address} R=dnslookup T=remote_smtp "
                     f"H={rcpt.host} [{rcpt.ip}]{reused} {tls} C=\"{confirm}\"")

    def remote_error(self, sim, message, rcpt, scenario, lines):
        fields = sim.reply_fields(rcpt, sim.now)
        stage = scenario["stage"]
        if stage == "RCPT":
            after = f"RCPT TO:<{rcpt.address}>"
        elif stage == "MAIL":
            after = f"pipelined MAIL FROM:<{message.sender}> SIZE={message.size + 900}"
        else:
            after = "end of data"
        return (f"H={rcpt.host} [{rcpt.ip}] {self.TLS}: SMTP error from remote mail server after "
                f"{after}: {exim_reply(lines, fields)}")

    def failed(self, sim, message, rcpt, scenario):
        sim.now += sim.rng.random() * 1.5
        stamp = self.when(sim)
        if scenario["kind"] == "unroute":
            self.out.add(f"{stamp} {message.qid} ** {rcpt.address}: Unrouteable address")
            return
        detail = self.remote_error(sim, message, rcpt, scenario, scenario["lines"])
        self.out.add(f"{stamp} {message.qid} ** {rcpt.address} R=dnslookup T=remote_smtp {detail}")

    def deferred(self, sim, message, rcpt, scenario, attempt):
        sim.now += sim.rng.random() * 1.5
        stamp = self.when(sim)
        if scenario["stage"] == "CONNECT":
            host, ip = rcpt.host, rcpt.ip
            if rcpt.provider.name == "company":
                host, ip = company_hosts(COMPANIES.index(rcpt.domain[: -len(".example")]))[1]
            # Exim logs the host-level failure first, without a recipient.
            self.out.add(f"{stamp} {message.qid} H={rcpt.host} [{rcpt.ip}] Connection timed out")
            if host != rcpt.host:
                self.out.add(f"{stamp} {message.qid} H={host} [{ip}] Connection timed out")
            self.out.add(f"{stamp} {message.qid} == {rcpt.address} R=dnslookup T=remote_smtp "
                         "defer (110): Connection timed out")
            return
        if attempt > 0 and sim.rng.random() < 0.3:
            # Queue runs that come before the retry time (as a real Exim 4.96 logs them).
            if sim.rng.random() < 0.5:
                self.out.add(f"{stamp} {message.qid} == {rcpt.address} routing defer (-52): "
                             "retry time not reached")
            else:
                self.out.add(f"{stamp} {message.qid} == {rcpt.address} R=dnslookup T=remote_smtp "
                             f"defer (-54): retry time not reached for any host for '{rcpt.domain}'")
            return
        lines = scenario.get("defer_lines", scenario["lines"])
        detail = self.remote_error(sim, message, rcpt, scenario, lines)
        stage = scenario["stage"]
        if stage != "RCPT":
            # A refusal of the whole transaction is logged for the host first, without a recipient.
            self.out.add(f"{stamp} {message.qid} {detail}")
        code = {"RCPT": "-44", "MAIL": "-45"}.get(stage, "-46")
        self.out.add(f"{stamp} {message.qid} == {rcpt.address} R=dnslookup T=remote_smtp "
                     f"defer ({code}) {detail}")

    def expired(self, sim, message, rcpt, scenario):
        stamp = self.when(sim)
        self.out.add(f"{stamp} {message.qid} ** {rcpt.address}: retry timeout exceeded")

    def bounce_notification(self, sim, message, expired):
        stamp = self.when(sim)
        bounce = self.new_id(sim)
        size = 3000 + message.size // 2
        self.out.add(f"{stamp} {bounce} <= <> R={message.qid} U=Debian-exim P=local S={size}")
        if message.user_message:
            domain = message.sender.split("@", 1)[1]
            host, ip = company_hosts(COMPANIES.index(domain[: -len(".example")]))[0]
            self.out.add(f"{stamp} {bounce} => {message.sender} R=dnslookup T=remote_smtp H={host} [{ip}] "
                         f"{self.TLS12} C=\"250 2.0.0 Ok: queued as {sim.remote_queue_id()}\"")
        else:
            self.out.add(f"{stamp} {bounce} => {BOARD_BOUNCE_FILE} <{BOARD_SENDER}> R=system_aliases "
                         "T=address_file")
        self.out.add(f"{stamp} {bounce} Completed")

    def completed(self, sim, message):
        self.out.add(f"{self.when(sim)} {message.qid} Completed")


class PostfixLog:
    """Postfix 3.7 lines as syslog writes them (no year, space-padded day)."""

    def __init__(self, out):
        self.out = out
        self.stamp_second = -1
        self.stamp = ""
        self.qid_counter = 0
        self.pids = {"pickup": 2211, "cleanup": 2301, "qmgr": 1187, "smtp": 3105, "bounce": 4410,
                     "local": 4102, "smtpd": 2290, "error": 4520}

    def when(self, sim):
        second = int(sim.now)
        if second != self.stamp_second:
            self.stamp_second = second
            tm = time.gmtime(second)
            self.stamp = f"{MONTHS[tm.tm_mon - 1]} {tm.tm_mday:2d} {tm.tm_hour:02d}:{tm.tm_min:02d}:" \
                         f"{tm.tm_sec:02d} mail postfix/"
        return self.stamp

    def new_qid(self):
        # Short queue ids as Postfix 3.7 writes them: 11 upper-case hex digits.
        self.qid_counter += 1
        return f"{(0x2E30410840E + self.qid_counter * 0x9E3779B1) % 16 ** 11:011X}"

    def pid(self, daemon, sim):
        # Worker processes live for a while, then are replaced (max_use, max_idle).
        if sim.rng.random() < 0.002:
            self.pids[daemon] += 1 + int(sim.rng.random() * 40)
        return self.pids[daemon]

    def start(self, sim):
        pass

    def finish(self, sim):
        pass

    def tick(self, sim):
        pass

    def line(self, sim, daemon, text):
        self.out.add(f"{self.when(sim)}{daemon}[{self.pid(daemon, sim)}]: {text}")

    def arrival(self, sim, message, recipients):
        message.qid = qid = self.new_qid()
        if message.user_message:
            self.line(sim, "smtpd", "connect from localhost[127.0.0.1]")
            self.line(sim, "smtpd", f"{qid}: client=localhost[127.0.0.1], sasl_method=PLAIN, "
                                    f"sasl_username=board")
        else:
            self.line(sim, "pickup", f"{qid}: uid=33 from=<{message.sender}>")
        self.line(sim, "cleanup", f"{qid}: message-id=<{message.msgid}>")
        self.queue_active(sim, message, len(recipients))
        if message.user_message:
            self.line(sim, "smtpd", "disconnect from localhost[127.0.0.1] ehlo=1 auth=1 mail=1 "
                                    f"rcpt={len(recipients)} data=1 quit=1 commands={5 + len(recipients)}")

    def queue_active(self, sim, message, count):
        self.line(sim, "qmgr", f"{message.qid}: from=<{message.sender}>, size={message.size}, "
                               f"nrcpt={count} (queue active)")

    @staticmethod
    def seconds(value):
        # Postfix keeps two significant digits and never goes below 10 ms: 0, 0.03, 4.1, 40.
        if value < 0.005:
            return "0"
        if value < 1:
            return f"{value:.2f}".rstrip("0").rstrip(".")
        if value < 10:
            return f"{value:.1f}".rstrip("0").rstrip(".")
        return f"{value:.0f}"

    def delays(self, sim, total_wait):
        rng = sim.rng
        a = total_wait + rng.random() * 0.05
        b = rng.random() * 0.02
        c = rng.random() * 0.6
        d = rng.random() * 0.9
        s = self.seconds
        return f"delay={s(a + b + c + d)}, delays={s(a)}/{s(b)}/{s(c)}/{s(d)}"

    def delivery(self, sim, message, rcpt, relay, dsn, status, text):
        wait = sim.now - message.arrival
        self.line(sim, "smtp", f"{message.qid}: to=<{rcpt.address}>, relay={relay}, "
                               f"{self.delays(sim, wait)}, dsn={dsn}, status={status} ({text})")

    def delivered(self, sim, message, rcpt, retry=False):
        sim.now += sim.rng.random() * 1.5
        if retry:
            self.queue_active(sim, message, 1)
        if sim.rng.random() < 0.12:
            self.line(sim, "smtp", f"Trusted TLS connection established to {rcpt.host}[{rcpt.ip}]:25: "
                                   "TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) "
                                   "key-exchange X25519 server-signature RSA-PSS (2048 bits) "
                                   "server-digest SHA256")
        self.delivery(sim, message, rcpt, f"{rcpt.host}[{rcpt.ip}]:25", "2.0.0", "sent",
                      sim.accept_text(rcpt, message, sim.now))

    def said(self, sim, message, rcpt, scenario, lines):
        fields = sim.reply_fields(rcpt, sim.now)
        stage = {"RCPT": "RCPT TO", "MAIL": "MAIL FROM", "DATA": "end of DATA"}[scenario["stage"]]
        text = " ".join(line.format(**fields) if "{" in line else line for line in lines)
        return f"host {rcpt.host}[{rcpt.ip}] said: {text} (in reply to {stage} command)"

    def failed(self, sim, message, rcpt, scenario):
        sim.now += sim.rng.random() * 1.5
        if scenario["kind"] == "unroute":
            self.delivery(sim, message, rcpt, "none", "5.4.4", "bounced",
                          f"Host or domain name not found. Name service error for name={rcpt.domain} "
                          f"type=AAAA: Host not found")
            return
        if scenario["kind"] == "defer_fail":
            self.queue_active(sim, message, 1)
        self.delivery(sim, message, rcpt, f"{rcpt.host}[{rcpt.ip}]:25", scenario["dsn"], "bounced",
                      self.said(sim, message, rcpt, scenario, scenario["lines"]))

    def deferred(self, sim, message, rcpt, scenario, attempt):
        sim.now += sim.rng.random() * 1.5
        if attempt > 0:
            self.queue_active(sim, message, 1)
        if scenario["stage"] == "CONNECT":
            self.delivery(sim, message, rcpt, "none", "4.4.1", "deferred",
                          f"connect to {rcpt.host}[{rcpt.ip}]:25: Connection timed out")
            return
        dsn = scenario.get("defer_dsn", scenario["dsn"])
        lines = scenario.get("defer_lines", scenario["lines"])
        self.delivery(sim, message, rcpt, f"{rcpt.host}[{rcpt.ip}]:25", dsn, "deferred",
                      self.said(sim, message, rcpt, scenario, lines))

    def expired(self, sim, message, rcpt, scenario):
        # qmgr names no recipient here: the reason is on that queue id's last deferral.
        self.line(sim, "qmgr", f"{message.qid}: from=<{message.sender}>, status=expired, "
                               "returned to sender")

    def bounce_notification(self, sim, message, expired):
        # The order a real Postfix 3.7 logs it in (tests/data/postfix-lab/maillog).
        bounce = self.new_qid()
        size = 3000 + message.size // 2
        stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(int(sim.now)))
        self.line(sim, "cleanup", f"{bounce}: message-id=<{stamp}.{bounce}@mail.board.example>")
        self.line(sim, "qmgr", f"{bounce}: from=<>, size={size}, nrcpt=1 (queue active)")
        self.line(sim, "bounce", f"{message.qid}: sender non-delivery notification: {bounce}")
        self.line(sim, "qmgr", f"{message.qid}: removed")
        if message.user_message:
            domain = message.sender.split("@", 1)[1]
            host, ip = company_hosts(COMPANIES.index(domain[: -len(".example")]))[0]
            self.line(sim, "smtp", f"{bounce}: to=<{message.sender}>, relay={host}[{ip}]:25, "
                                   f"{self.delays(sim, 0)}, dsn=2.0.0, status=sent "
                                   f"(250 2.0.0 Ok: queued as {sim.remote_queue_id()})")
        else:
            self.line(sim, "local", f"{bounce}: to=<{BOARD_SENDER}>, relay=local, {self.delays(sim, 0)}, "
                                    f"dsn=2.0.0, status=sent (delivered to file: {BOARD_BOUNCE_FILE})")
        self.line(sim, "qmgr", f"{bounce}: removed")

    def completed(self, sim, message):
        if not message.failed:
            self.line(sim, "qmgr", f"{message.qid}: removed")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", choices=["exim", "postfix"], required=True)
    parser.add_argument("--size-mb", type=float, required=True, help="stop after this many MiB")
    parser.add_argument("--out", required=True, help="file to write")
    parser.add_argument("--seed", type=int, default=20260105)
    parser.add_argument("--bounced-recipients", type=int, default=100000,
                        help="size of the pool of dead or refusing addresses (default 100000)")
    parser.add_argument("--healthy-recipients", type=int, default=200000,
                        help="size of the pool of working addresses (default 200000)")
    args = parser.parse_args()

    # One stream per format, so the Exim and Postfix files do not mirror each other.
    rng = random.Random(args.seed * 2 + (1 if args.format == "postfix" else 0))
    population = Population(rng, args.healthy_recipients, args.bounced_recipients)
    out = Output(args.out, int(args.size_mb * MIB))
    log = EximLog(out) if args.format == "exim" else PostfixLog(out)
    sim = Simulation(rng, population, out)
    started = time.monotonic()
    sim.run(log)
    out.close()

    stats = sim.stats
    days = (sim.now - START_EPOCH) / 86400
    print(f"format={args.format} bytes={out.written} lines={out.lines} messages={stats['messages']} "
          f"delivered={stats['delivered']} failed={stats['failed']} deferrals={stats['deferred']} "
          f"expired={stats['expired']} distinct_failed_recipients={len(sim.failed_addresses)} "
          f"days={days:.1f} seconds={time.monotonic() - started:.1f}")
    print(f"sha256_first_mib={out.head.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
