#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Recognition of blocked bounces by `mailroom-cli identify` (issue 4): the provider identified and
# the block kind right, as fractions, with the misses listed.
#
#   tests/bench/run-identify-measure.sh [--cli PATH] [--build-dir DIR] [--corpus DIR] [--out DIR]
#
# Defaults: mailroom-cli from build-test at the top of the source tree (built there if missing),
# the Sisimai corpus in ../shared/corpus/sisimai, results in tests/bench/out/identify-measure.md.
#
# What is measured, and why:
# - The Sisimai corpus messages whose expected reason (expected.jsonl) is one where the sender's
#   reputation or identity made the receiver refuse: blocked, badreputation, spamdetected,
#   requireptr, authfailure, policyviolation, securityerror, rejected, toomanyconn, speeding. Left
#   out are the other "blocked" reasons of DESIGN.md (mesgtoobig, contenterror, notcompliantrfc,
#   virusdetected, norelaying, failedstarttls): the owner fixes the message or the relay, and there
#   is nothing to ask a provider to remove. One measurement per message, the whole message given.
# - The blocked bounces (same reasons) of the Postfix lab log (tests/data/postfix-lab/maillog) and
#   of the demo board's Exim log (mailroom-cli demo), through mailroom-cli bounces: its diagnostic
#   text is what identify gets.
# - Provider: identify's provider against identify-truth.tsv, labelled by hand from the text and
#   the receiving host. Reported apart: the bounces from a provider the knowledge base covers
#   (identified right?) and those from others (no provider, no guess?).
# - Kind: where the expected reason tells it. authfailure and requireptr -> authentication,
#   badreputation -> ip-reputation, spamdetected -> content, policyviolation -> policy, speeding and
#   toomanyconn -> rate, blocked -> ip-reputation, blocklist or policy (Sisimai's "blocked" is any
#   refusal of the client's address or name: a list, a reputation, or a rule such as "no dynamic
#   addresses"). securityerror and rejected say too little, and are not counted for the kind.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

cli=""
build_dir="$repo/build-test"
corpus="$repo/../shared/corpus/sisimai"
out_dir="$here/out"

usage()
{
    sed -n '3,9p' "$0" | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --cli) cli=$2; shift 2 ;;
        --build-dir) build_dir=$2; shift 2 ;;
        --corpus) corpus=$2; shift 2 ;;
        --out) out_dir=$2; shift 2 ;;
        -h|--help) usage 0 ;;
        *) echo "run-identify-measure.sh: unknown argument: $1" >&2; usage 2 >&2 ;;
    esac
done

if [[ -z $cli ]]; then
    cli="$build_dir/app/cli/mailroom-cli"
    if [[ ! -x $cli ]]; then
        echo "== building mailroom-cli in $build_dir" >&2
        cmake --build "$build_dir" --target mailroom-cli -j1 >&2
    fi
fi
[[ -x $cli ]] || { echo "run-identify-measure.sh: no mailroom-cli at $cli" >&2; exit 2; }
[[ -f $corpus/expected.jsonl ]] || { echo "run-identify-measure.sh: no corpus at $corpus" >&2; exit 2; }

mkdir -p "$out_dir"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

"$cli" demo --out "$scratch/demo" > /dev/null
"$cli" bounces --format json "$repo/tests/data/postfix-lab/maillog" > "$scratch/lab.json"
"$cli" bounces --format json "$scratch/demo/exim-mainlog" > "$scratch/demo.json"

python3 - "$cli" "$corpus" "$here/identify-truth.tsv" "$scratch" "$out_dir/identify-measure.md" \
    "$repo/resources/data/block-codes.json" <<'PY'
import csv, json, os, re, subprocess, sys

cli, corpus, truth_path, scratch, report_path, knowledge_path = sys.argv[1:]

REASONS = {'blocked', 'badreputation', 'spamdetected', 'requireptr', 'authfailure', 'policyviolation',
           'securityerror', 'rejected', 'toomanyconn', 'speeding'}
KINDS = {
    'authfailure': {'authentication'}, 'requireptr': {'authentication'},
    'badreputation': {'ip-reputation'}, 'spamdetected': {'content'}, 'policyviolation': {'policy'},
    'speeding': {'rate'}, 'toomanyconn': {'rate'},
    'blocked': {'ip-reputation', 'blocklist', 'policy'},
}

truth = {}
with open(truth_path, encoding='utf-8') as f:
    for line in f:
        if line.startswith('#') or not line.strip():
            continue
        source, key, provider, note = (line.rstrip('\n').split('\t') + [''])[:4]
        truth[(source, key)] = (None if provider == '-' else provider, note)


def identify(text):
    done = subprocess.run([cli, 'identify'], input=text, capture_output=True, check=True)
    return json.loads(done.stdout)


items = []  # (source, key, label, reason, text)
seen = set()
with open(os.path.join(corpus, 'expected.jsonl'), encoding='utf-8') as f:
    for line in f:
        row = json.loads(line)
        if row['reason'] in REASONS and row['file'] not in seen:
            seen.add(row['file'])
            with open(os.path.join(corpus, 'emails', row['file']), 'rb') as m:
                items.append(('corpus', row['file'], row['file'], row['reason'], m.read()))

scenario = {}
with open(os.path.join(scratch, 'demo', 'expected-bounces.csv'), encoding='utf-8') as f:
    for row in csv.DictReader(f):
        scenario[row['address']] = row['scenario']
for source in ('lab', 'demo'):
    with open(os.path.join(scratch, source + '.json'), encoding='utf-8') as f:
        for row in json.load(f):
            if row['category'] != 'blocked' or row['reason'] not in REASONS:
                continue
            key = row['address'] if source == 'lab' else scenario.get(row['address'], '?')
            items.append((source, key, source + ' ' + row['address'], row['reason'],
                          (row.get('diagnostic') or '').encode('utf-8')))

results = []
for source, key, label, reason, text in items:
    if (source, key) not in truth:
        sys.exit('identify-truth.tsv has no line for %s %s' % (source, key))
    want, note = truth[(source, key)]
    got = identify(text)
    provider_ok = got['provider'] == want
    kinds = KINDS.get(reason)
    kind_ok = None if kinds is None else got['block_kind'] in kinds
    results.append(dict(source=source, label=label, reason=reason, want=want, note=note, got=got,
                        provider_ok=provider_ok, kinds=kinds, kind_ok=kind_ok))


def fraction(rows, test):
    n = len(rows)
    k = sum(1 for r in rows if test(r))
    return '%d/%d (%.0f%%)' % (k, n, 100.0 * k / n) if n else '0/0'


lines = ['# Recognition of blocked bounces by mailroom-cli identify', '',
         'Produced by tests/bench/run-identify-measure.sh; truth in tests/bench/identify-truth.tsv.', '',
         '| set | bounces | provider right, covered providers | no provider given, others | kind right (where told) |',
         '|---|---|---|---|---|']
for name, rows in (('Sisimai corpus', [r for r in results if r['source'] == 'corpus']),
                   ('Postfix lab log', [r for r in results if r['source'] == 'lab']),
                   ('demo Exim log', [r for r in results if r['source'] == 'demo']),
                   ('all', results)):
    covered = [r for r in rows if r['want']]
    others = [r for r in rows if not r['want']]
    told = [r for r in rows if r['kind_ok'] is not None]
    lines.append('| %s | %d | %s | %s | %s |' % (name, len(rows), fraction(covered, lambda r: r['provider_ok']),
                                                fraction(others, lambda r: r['provider_ok']),
                                                fraction(told, lambda r: r['kind_ok'])))
# The knowledge base keeps real texts beside its patterns; some are these very bounces. Say how many,
# since a pattern written for a text recognises it by construction.
with open(knowledge_path, encoding='utf-8') as f:
    knowledge = json.load(f)
cited = set()
for block in knowledge['blocks']:
    for pattern in block['patterns']:
        for sample in pattern['examples']:
            found = re.match(r'corpus/sisimai/emails/(\S+\.eml)', sample['source'])
            if found:
                cited.add(found.group(1))
corpus_rows = [r for r in results if r['source'] == 'corpus']
in_sample = [r for r in corpus_rows if r['label'] in cited]
lines += ['', 'In sample: %d of the %d corpus bounces (%d of the %d from covered providers) are pattern examples '
          'in block-codes.json, and so are the lab log\'s and the demo log\'s texts; the fractions above are not '
          'a forecast for text from elsewhere.' % (len(in_sample), len(corpus_rows),
                                                   len([r for r in in_sample if r['want']]),
                                                   len([r for r in corpus_rows if r['want']]))]
lines += ['', '## Misses', '']
for r in results:
    if r['provider_ok'] and r['kind_ok'] is not False:
        continue
    what = []
    if not r['provider_ok']:
        what.append('provider %s, expected %s' % (r['got']['provider'], r['want'] or 'none'))
    if r['kind_ok'] is False:
        what.append('kind %s, expected %s (%s)' % (r['got']['block_kind'], ' or '.join(sorted(r['kinds'])),
                                                  r['reason']))
    evidence = (r['got']['evidence'] or '').replace('|', '/')[:80]
    lines.append('- %s: %s%s' % (r['label'], '; '.join(what), ' — matched "%s"' % evidence if evidence else ''))
report = '\n'.join(lines) + '\n'
with open(report_path, 'w', encoding='utf-8') as f:
    f.write(report)
sys.stdout.write(report)
PY
echo "(written to $out_dir/identify-measure.md)" >&2
