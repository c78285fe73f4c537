#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn an openspf YAML test suite into JSON for TestSpfSuite (Qt has no YAML reader).

    spf-suite-to-json.py SUITE.yml OUT.json

The suite is read as latin-1, as its authors ask: some records hold raw bytes. JSON strings
then carry each byte as one code point from U+0000 to U+00FF, which the test turns back into
bytes with QString::toLatin1(). Each zone record becomes [TYPE, value] ("TIMEOUT" becomes
["TIMEOUT", null]); scalar values that YAML read as numbers are written back as text.
"""

import json
import sys

import yaml


def text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


def record(item):
    if isinstance(item, str):
        return [item, None]  # TIMEOUT
    (kind, value), = item.items()
    if kind == "MX":
        return [kind, [int(value[0]), text(value[1])]]
    if isinstance(value, list):
        return [kind, [text(v) for v in value]]
    return [kind, text(value)]


def main(source, target):
    with open(source, encoding="latin-1") as f:
        scenarios = [doc for doc in yaml.safe_load_all(f) if doc]
    tests = []
    for scenario in scenarios:
        zone = {text(name): [record(item) for item in (records or [])]
                for name, records in (scenario.get("zonedata") or {}).items()}
        for name, test in scenario["tests"].items():
            result = test["result"]
            tests.append({
                "scenario": scenario.get("description", ""),
                "name": name,
                "helo": text(test.get("helo", "")),
                "host": text(test.get("host", "")),
                "mailfrom": text(test.get("mailfrom", "")),
                "results": result if isinstance(result, list) else [result],
                "explanation": test.get("explanation"),
                "zone": zone,
            })
    with open(target, "w", encoding="ascii") as f:
        json.dump(tests, f, ensure_ascii=True, indent=0)
    print(f"{source}: {len(scenarios)} scenarios, {len(tests)} tests")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
