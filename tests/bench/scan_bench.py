#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Timing and reporting helpers for run-scan-bench.sh (Python 3 standard library only).

  scan_bench.py measure --results FILE --label L --bytes N [--runs 3] [--warmup 1]
                        [--stdout FILE] -- COMMAND...
      Runs COMMAND warmup + runs times with stdout to /dev/null (or FILE on the warm-up run),
      and appends one JSON line: wall times, best, median, peak RSS, exit status.

  scan_bench.py report --results FILE --markdown FILE [--meta KEY=VALUE ...]
      Prints the tables and writes them as markdown.

Peak RSS is GNU time's %M (the "Maximum resident set size" of time -v) around each run. Wall
time is time.perf_counter() around fork/exec and wait, so it includes process start-up, which
is what a user waits for.
"""

import argparse
import csv
import json
import os
import statistics
import sys
import time


def run_once_rusage(command, stdout_path):
    """Fork/exec/wait4; the peak RSS comes from GNU time wrapped around the command.

    wait4's ru_maxrss of a child forked from this Python process would count the pages the
    child shares with Python before exec (about 12 MiB), hiding small tools' real figure.
    """
    rss_path = f"{stdout_path or '/tmp/scan-bench'}.{os.getpid()}.rss"
    command = ["/usr/bin/time", "-f", "%M", "-o", rss_path] + command
    out_fd = os.open(stdout_path or os.devnull, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    err_read, err_write = os.pipe()
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.dup2(out_fd, 1)
            os.dup2(err_write, 2)
            os.close(err_read)
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    os.close(err_write)
    os.close(out_fd)
    chunks = []
    while True:
        chunk = os.read(err_read, 65536)
        if not chunk:
            break
        # Keep only the tail: a CLI that warns per line must not fill our memory.
        chunks.append(chunk)
        if len(chunks) > 64:
            del chunks[0]
    os.close(err_read)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    try:
        with open(rss_path, encoding="ascii") as handle:
            # GNU time writes "Command exited with non-zero status N" first when it fails.
            rss = int(handle.read().split()[-1])
        os.unlink(rss_path)
    except (OSError, ValueError, IndexError):
        rss = usage.ru_maxrss
    return elapsed, code, rss, b"".join(chunks)


def measure(args):
    command = args.command
    if command and command[0] == "--":
        command = command[1:]
    record = {"label": args.label, "bytes": args.bytes, "command": " ".join(command),
              "runs": [], "max_rss_kb": 0, "exit": 0, "stderr_tail": ""}
    total = args.warmup + args.runs
    for index in range(total):
        warm = index < args.warmup
        # Only the first run keeps its output (to count rows); timed runs write to /dev/null,
        # except for GNU grep, which stops at the first match when its output is /dev/null.
        stdout_path = args.stdout if index == 0 or args.stdout_every_run else None
        elapsed, code, rss, stderr = run_once_rusage(command, stdout_path)
        record["max_rss_kb"] = max(record["max_rss_kb"], rss)
        if code != 0:
            record["exit"] = code
            record["stderr_tail"] = stderr.decode("utf-8", "replace")[-2000:]
            break
        if not warm:
            record["runs"].append(elapsed)
        print(f"  {args.label}: {'warm-up' if warm else 'run'} {elapsed:.3f} s, "
              f"max RSS {rss / 1024:.1f} MiB", file=sys.stderr)
    if record["runs"]:
        record["best"] = min(record["runs"])
        record["median"] = statistics.median(record["runs"])
    if args.stdout and os.path.exists(args.stdout) and record["exit"] == 0:
        # Records, not lines: a quoted diagnostic may hold the newlines of a multi-line reply.
        with open(args.stdout, encoding="utf-8", errors="replace", newline="") as handle:
            record["stdout_records"] = sum(1 for _ in csv.reader(handle))
        with open(args.stdout, "rb") as handle:
            record["stdout_head"] = handle.read(200).decode("utf-8", "replace")
    with open(args.results, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")
    if record["exit"] != 0:
        print(f"  {args.label}: exit status {record['exit']}: {record['stderr_tail'][-500:]}",
              file=sys.stderr)
        return 1
    return 0


def mbps(record):
    if not record or "best" not in record:
        return None
    return record["bytes"] / 1e6 / record["best"]


def seconds(record, key="best"):
    if not record:
        return "not run"
    if record.get("exit"):
        return f"failed (exit {record['exit']})"
    return f"{record[key]:.3f}" if key in record else "n/a"


def fmt(value, pattern="{:.0f}"):
    return "n/a" if value is None else pattern.format(value)


def report(args):
    records = {}
    with open(args.results, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line:
                record = json.loads(line)
                records[record["label"]] = record
    meta = dict(item.split("=", 1) for item in args.meta)

    lines = []
    lines.append("### Scan throughput against grep (file in page cache)")
    lines.append("")
    lines.append("| log | size (MB) | grep -c marker: best s | grep MB/s | mailroom-cli: best s "
                 "| median s | mailroom MB/s | mailroom / grep | target | peak RSS (MiB) | recipients listed |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|")
    for fmt_name, marker in (("exim", "' ** '"), ("postfix", "'status=bounced'")):
        grep = records.get(f"{fmt_name}-grep")
        cli = records.get(f"{fmt_name}-mailroom")
        if not grep:
            continue
        ratio = None
        if mbps(grep) and mbps(cli):
            ratio = mbps(cli) / mbps(grep)
        verdict = "n/a" if ratio is None else ("met" if ratio >= 1 / 3 else "missed")
        rss = "n/a"
        if cli and not cli.get("exit"):
            mib = cli["max_rss_kb"] / 1024
            rss = f"{mib:.1f} (< 150: {'met' if mib < 150 else 'missed'})"
        rows = fmt(cli["stdout_records"] - 1 if cli and "stdout_records" in cli else None)
        lines.append(f"| {fmt_name} ({marker}) | {grep['bytes'] / 1e6:.0f} | {seconds(grep)} "
                     f"| {fmt(mbps(grep))} | {seconds(cli)} | {seconds(cli, 'median')} "
                     f"| {fmt(mbps(cli))} | {fmt(ratio, '{:.2f}')} | >= 0.33: {verdict} | {rss} | {rows} |")
    lines.append("")
    lines.append("### Against the Perl reports that ship with the MTAs")
    lines.append("")
    lines.append("| log | tool | size (MB) | tool s | tool MB/s | mailroom-cli best s | speed-up | target |")
    lines.append("|---|---|---:|---:|---:|---:|---:|---|")
    for fmt_name, tool in (("exim", "eximstats"), ("postfix", "pflogsumm")):
        perl = records.get(f"{fmt_name}-{tool}")
        cli = records.get(f"{fmt_name}-mailroom-vs-{tool}") or records.get(f"{fmt_name}-mailroom")
        if f"{fmt_name}-grep" not in records:
            continue
        if not perl:
            lines.append(f"| {fmt_name} | {tool} | | not run ({meta.get(tool + '_note', 'not found')}) "
                         "| | | | |")
            continue
        speedup = None
        if perl.get("best") and cli and cli.get("best") and cli["bytes"] == perl["bytes"]:
            speedup = perl["best"] / cli["best"]
        verdict = "n/a" if speedup is None else ("met" if speedup >= 20 else "missed")
        lines.append(f"| {fmt_name} | {tool} | {perl['bytes'] / 1e6:.0f} | {seconds(perl)} "
                     f"| {fmt(mbps(perl), '{:.1f}')} | {seconds(cli)} | {fmt(speedup, '{:.1f}x')} "
                     f"| >= 20x: {verdict} |")
    lines.append("")
    lines.append("### Generated files")
    lines.append("")
    for key in sorted(meta):
        if key.endswith("_note"):
            continue
        lines.append(f"- {key}: {meta[key]}")
    text = "\n".join(lines) + "\n"
    with open(args.markdown, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(text)
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="action", required=True)
    m = sub.add_parser("measure")
    m.add_argument("--results", required=True)
    m.add_argument("--label", required=True)
    m.add_argument("--bytes", type=int, required=True)
    m.add_argument("--runs", type=int, default=3)
    m.add_argument("--warmup", type=int, default=1)
    m.add_argument("--stdout")
    m.add_argument("--stdout-every-run", action="store_true")
    m.add_argument("command", nargs=argparse.REMAINDER)
    r = sub.add_parser("report")
    r.add_argument("--results", required=True)
    r.add_argument("--markdown", required=True)
    r.add_argument("--meta", action="append", default=[])
    args = parser.parse_args()
    return measure(args) if args.action == "measure" else report(args)


if __name__ == "__main__":
    sys.exit(main())
