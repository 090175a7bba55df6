#!/bin/sh
# Makes the probes too big or too binary to keep in git: a 4 MB scrape of English paragraphs, a PNG-headed
# file named .txt, random bytes named .txt, and a gzip of random bytes. Usage: make-generated.sh OUTDIR
set -e
out=${1:?OUTDIR}
mkdir -p "$out"
here=$(dirname "$0")
python3 - "$out" "$here" <<'PY'
import os, random, sys
out, here = sys.argv[1], sys.argv[2]
random.seed(23)
body = open(os.path.join(here, '..', 'issue3-audit', 'ent-kim-forms.txt'), encoding='utf-8').read().split('\n\n', 1)[1]
paras = [p for p in body.split('\n\n') if p.strip()]
with open(os.path.join(out, 'input-huge.txt'), 'w', encoding='utf-8') as f:
    f.write('Summit talk, at length\n\n')
    n = 0
    while n < 4_000_000:
        p = random.choice(paras).replace('SEOUL, March 5, 2019 (Reuters) - ', '') + '\n\n'
        f.write(p); n += len(p)
with open(os.path.join(out, 'input-png-named.txt'), 'wb') as f:
    f.write(b'\x89PNG\r\n\x1a\n' + bytes(random.randrange(256) for _ in range(4000)))
with open(os.path.join(out, 'input-random-bytes.txt'), 'wb') as f:
    f.write(bytes(random.randrange(256) for _ in range(8000)))
PY
head -c 6000 /dev/urandom | gzip > "$out/input-random.gz"
