"""The catalogue as the quick commands see it: a listing of every problem's metadata kept on
disk by version. It loads neither a problem's code nor, when the listing is kept, the
metadata model (pydantic): `judge list` and `judge show` start in a fraction of a second.

The listing holds each problem.toml validated as `Metadata` and dumped to JSON when it was
written; its key hashes every problem.toml and the model's own source (with the lists of
names it checks), so an edit to either is a new listing, validated again.
"""

import hashlib
import json
import os
import tempfile
from pathlib import Path

from .layout import problem_slugs

MODEL_PATHS = [Path(__file__).resolve().parent / name
               for name in ("model.py", "patterns.py", "layout.py")]
"""What validates a problem.toml: the model and the lists it checks names against."""


def _listing_key(root: Path, slugs: list[str]) -> str:
    digest = hashlib.sha256()
    for path in MODEL_PATHS:
        digest.update(path.read_bytes())
    for slug in slugs:
        digest.update(slug.encode() + b"\0" + (root / slug / "problem.toml").read_bytes())
    return digest.hexdigest()[:32]


def listing(root: Path, cache_dir: Path | None) -> list[dict]:
    """Every problem's metadata as JSON (`Metadata.model_dump(mode="json")`), in slug
    order; read from `cache_dir` when this version of the catalogue was listed before."""
    slugs = problem_slugs(root)
    path = None
    if cache_dir is not None:
        path = cache_dir / f"catalogue-{_listing_key(root, slugs)}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    from . import ProblemRepository  # the model: validated once per version

    rows = [meta.model_dump(mode="json") for meta in ProblemRepository(root).catalogue()]
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".catalogue-")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(rows, handle)
            os.replace(temporary, path)
            for stale in path.parent.glob("catalogue-*.json"):
                if stale != path:
                    stale.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only disk costs time only
    return rows
