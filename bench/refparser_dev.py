"""The reference labeller's development split: train on part of cross-validation fold 0's training
side, score on a fixed tenth of it (never on a test fold), one line of figures per run.

Used to choose the labeller's features and settings (see citekit/data/refparser.md). The dev
references are those whose hash (GROBID: of the file) falls in one tenth of folds 1-4; the first
``--n`` of the rest, in a fixed hash order, are trained on.

    python bench/refparser_dev.py --name try1 [--n 7000] [--c1 0.3 --c2 0.2 --it 100] [--drop ugly]
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _hash(text: str) -> int:
    return int(hashlib.sha1(text.encode()).hexdigest(), 16)


def dev_split(refs: list, n: int) -> tuple[list, list]:
    """(training references, dev references), both from fold 0's training side."""
    from citekit.extract.labeller.crossval import fold_of

    def key(r):
        return r.group if r.source == "grobid" else r.source + "\x00" + r.text
    side = [r for r in refs if fold_of(r, 5, 0) != 0]
    dev = [r for r in side if _hash("dev:" + key(r)) % 10 == 0]
    rest = sorted((r for r in side if _hash("dev:" + key(r)) % 10), key=lambda r: _hash("sub:" + key(r)))
    return rest[:n], dev


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--name", default="dev")
    ap.add_argument("--n", type=int, default=7000, help="training references (default 7,000)")
    ap.add_argument("--c1", type=float, default=None)
    ap.add_argument("--c2", type=float, default=None)
    ap.add_argument("--it", type=int, default=None, help="max iterations")
    ap.add_argument("--drop", default="", help="comma-separated sources left out of training (e.g. ugly,grobid)")
    args = ap.parse_args()

    from citekit.extract.labeller.crossval import source_family
    from citekit.extract.labeller.model import Labeller
    from citekit.extract.labeller.scoring import score
    from citekit.extract.labeller.train import TrainSettings, default_sources, load_sources, train

    train_part, dev = dev_split(load_sources(default_sources(ROOT / "res")), args.n)
    train_part = [r for r in train_part if r.source not in args.drop.split(",")]
    settings = TrainSettings()
    for field, value in (("c1", args.c1), ("c2", args.c2), ("max_iterations", args.it)):
        if value is not None:
            setattr(settings, field, value)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.time()
        model = train(train_part, Path(tmp) / "dev.crfsuite", settings)
        took, size = time.time() - start, model.stat().st_size / 1e6
        labeller = Labeller(model)
        groups: dict[str, list] = {}
        for ref in dev:
            tokens = ref.tokens()
            row = ([t.text for t in tokens], ref.labels, labeller.labels(tokens))
            family = source_family(ref)
            groups.setdefault(family, []).append(row)
            if family == "anystyle":
                groups.setdefault("any/" + ref.source, []).append(row)
    print(f"{args.name}: train {len(train_part)} dev {len(dev)} {took:.0f}s {size:.2f} MB; "
          "span F1 / exact / field F1:")
    for name, rows in sorted(groups.items()):
        s = score(rows, samples=0)
        print(f"  {name:<10} {len(rows):>4}  {s.span_f1.value:.4f}  {s.exact.value:.3f}  {s.field_f1.value:.4f}")


if __name__ == "__main__":
    main()
