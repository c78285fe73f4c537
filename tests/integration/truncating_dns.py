#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A DNS server that answers every UDP query truncated (TC=1, no records) and the same query over
TCP in full, so a resolver passes only if it retries over TCP. Python 3 standard library only.

    truncating_dns.py ADDRESS PORT

TXT queries get one 1,000-byte record in four strings; A queries get 192.0.2.77; anything else
no data. Prints "ready" once both sockets listen.
"""

import socket
import struct
import sys
import threading

TXT = [bytes([65 + i]) * 250 for i in range(4)]


def question(query):
    """(id, flags, the question section bytes, qtype)"""
    qid, flags = struct.unpack(">HH", query[:4])
    at = 12
    while query[at] != 0:
        at += 1 + query[at]
    end = at + 5
    qtype = struct.unpack(">H", query[at + 1:at + 3])[0]
    return qid, flags, query[12:end], qtype


def answer(query, truncated):
    qid, flags, section, qtype = question(query)
    rd = flags & 0x0100
    records = b""
    count = 0
    if not truncated:
        if qtype == 16:
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
