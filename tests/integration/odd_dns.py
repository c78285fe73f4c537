#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A DNS server that misbehaves on purpose, for what dnsmasq will not do. It answers every UDP
query truncated (TC=1, no records) and the same query over TCP in full, so a resolver gets
anything only if it retries over TCP. Python 3 standard library only.

    odd_dns.py ADDRESS PORT

A name with a label loop1 is a CNAME loop with the same name with loop2 in its place, and the
other way round: the answer holds both CNAME records, each pointing at the other, and nothing
else (dnsmasq refuses to serve a loop). Other TXT
queries get one 1,000-byte record in four strings; other A queries get 192.0.2.77; anything else
no data. Prints "ready" once both sockets listen.
"""

import socket
import struct
import sys
import threading

TXT = [bytes([65 + i]) * 250 for i in range(4)]


def question(query):
    """(id, flags, the question section bytes, qtype, the asked name's labels in lower case)"""
    qid, flags = struct.unpack(">HH", query[:4])
    labels = []
    at = 12
    while query[at] != 0:
        labels.append(query[at + 1:at + 1 + query[at]].lower())
        at += 1 + query[at]
    end = at + 5
    qtype = struct.unpack(">H", query[at + 1:at + 3])[0]
    return qid, flags, query[12:end], qtype, labels


def cname_loop(section, labels):
    """The asked name -> the same name with loop1 and loop2 swapped, and back (a pointer to 12)."""
    swap = {b"loop1": b"loop2", b"loop2": b"loop1"}
    partner = b"".join(bytes([len(l)]) + l for l in (swap.get(l, l) for l in labels)) + b"\x00"
    to_partner = b"\xc0\x0c" + struct.pack(">HHIH", 5, 1, 60, len(partner)) + partner
    # The partner's name sits in the first record's data: 12 + question + 12 bytes of record.
    partner_at = 12 + len(section) + 12
    to_asked = struct.pack(">H", 0xC000 | partner_at) + struct.pack(">HHIH", 5, 1, 60, 2) + b"\xc0\x0c"
    return to_partner + to_asked


def answer(query, truncated):
    qid, flags, section, qtype, labels = question(query)
    rd = flags & 0x0100
    records = b""
    count = 0
    if not truncated:
        if b"loop1" in labels or b"loop2" in labels:
            records = cname_loop(section, labels)
            count = 2
        elif qtype == 16:
            data = b"".join(bytes([len(s)]) + s for s in TXT)
            records = b"\xc0\x0c" + struct.pack(">HHIH", 16, 1, 60, len(data)) + data
            count = 1
        elif qtype == 1:
            records = b"\xc0\x0c" + struct.pack(">HHIH", 1, 1, 60, 4) + socket.inet_aton("192.0.2.77")
            count = 1
    reply_flags = 0x8000 | 0x0400 | rd | (0x0200 if truncated else 0)
    return struct.pack(">HHHHHH", qid, reply_flags, 1, count, 0, 0) + section + records


def serve_udp(sock):
    while True:
        query, peer = sock.recvfrom(4096)
        sock.sendto(answer(query, True), peer)


def serve_tcp_client(conn):
    with conn:
        while True:
            head = conn.recv(2)
            if len(head) < 2:
                return
            size = struct.unpack(">H", head)[0]
            query = b""
            while len(query) < size:
                part = conn.recv(size - len(query))
                if not part:
                    return
                query += part
            reply = answer(query, False)
            conn.sendall(struct.pack(">H", len(reply)) + reply)


def serve_tcp(sock):
    while True:
        conn, _ = sock.accept()
        threading.Thread(target=serve_tcp_client, args=(conn,), daemon=True).start()


def main():
    address, port = sys.argv[1], int(sys.argv[2])
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind((address, port))
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    tcp.bind((address, port))
    tcp.listen(16)
    threading.Thread(target=serve_udp, args=(udp,), daemon=True).start()
    print("ready", flush=True)
    serve_tcp(tcp)


if __name__ == "__main__":
    main()
