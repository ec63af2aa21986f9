"""Benchmarks: `python benchmarks/run.py --json` prints one JSON object,
metric name -> {"value", "unit", "floor", "ratio", "target"}.

Every `bench_*.py` beside this file contributes a `metrics(workdir: Path) -> dict`.
Ratios compare against a floor measured in the same run, so they travel between
machines; absolute targets (ms) are stated where the issue gives one.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _modules(only: set[str] | None) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    return [p for p in found if not only or p.stem.removeprefix("bench_") in only]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--only", nargs="*", help="run only these bench_NAME modules")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent))
    results: dict[str, dict] = {}
    for path in _modules(set(args.only) if args.only else None):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        with tempfile.TemporaryDirectory(prefix=f"ipsf-{path.stem}-") as tmp:
            results.update(module.metrics(Path(tmp)))
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, m in results.items():
            ok = "ok " if m.get("met", True) else "MISS"
            print(
                f"{ok} {name:24} {m['value']:>10.3f} {m['unit']:3}  "
                f"ratio {m['ratio']}  target {m['target']}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
