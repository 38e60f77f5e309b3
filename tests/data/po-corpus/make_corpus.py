#!/usr/bin/python3
"""Write the generated purchase-order corpus: NAME.eml + NAME.json pairs.

    tests/data/po-corpus/make_corpus.py [--seed N] [--out DIR] [--only FAMILY]

Default: seed 20261120, output tests/data/po-corpus/gen/ (committed; CI
never regenerates). Needs Debian's python3-openpyxl, python3-xlwt,
python3-reportlab, fonts-wqy-microhei and fonts-arphic-uming (see
README.md). The same seed gives byte-identical files.

Each family is a function (rng, i) -> (eml bytes, truth dict) in
fam_*.py; every mail gets its own random.Random seeded from
"seed/family/i", so adding a family does not change the others."""
import argparse
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

DEFAULT_SEED = 20261120


def families():
    import fam_text
    import fam_reply
    import fam_html
    import fam_attach
    import fam_non
    return (fam_text.FAMILIES + fam_reply.FAMILIES + fam_html.FAMILIES + fam_attach.FAMILIES +
            fam_non.FAMILIES)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=os.path.join(HERE, 'gen'))
    ap.add_argument('--only', action='append', help='generate only this family (repeatable)')
    args = ap.parse_args()
    fams = families()
    names = [f[0] for f in fams]
    assert len(set(names)) == len(names), 'duplicate family name'
    if args.only:
        fams = [f for f in fams if f[0] in args.only]
    if os.path.isdir(args.out) and not args.only:
        shutil.rmtree(args.out)
    os.makedirs(args.out, exist_ok=True)
    n = 0
    for name, fn, count in fams:
        for i in range(1, count + 1):
            rng = random.Random('%d/%s/%d' % (args.seed, name, i))
            raw, truth = fn(rng, i)
            assert truth['family'] == name, (truth['family'], name)
            base = '%s-%02d' % (name, i)
            with open(os.path.join(args.out, base + '.eml'), 'wb') as f:
                f.write(raw)
            with open(os.path.join(args.out, base + '.json'), 'w', encoding='utf-8') as f:
                json.dump(truth, f, ensure_ascii=False, indent=1)
                f.write('\n')
            n += 1
    print('%d mails from %d families in %s' % (n, len(fams), args.out))


if __name__ == '__main__':
    main()
