"""The folders every command needs, read from the same `JUDGE_` variables as `judge.settings`
and with the same defaults, without importing pydantic-settings: that import alone costs a
tenth of a second, more than the whole work of `judge list` or `judge show`. `Settings` takes
its defaults from here, and a test keeps the two readings equal."""

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PROBLEMS_DIR = REPO_ROOT / "problems"
BUILD_DIR = REPO_ROOT / ".build"
DATA_DIR = REPO_ROOT / "data"


def cache_root(build_dir: Path, cache_dir: Path | None) -> Path:
    """Where computed artefacts are kept: the cache folder, else build_dir/cache."""
    return cache_dir or build_dir / "cache"


@dataclass(frozen=True)
class Folders:
    problems_dir: Path
    build_dir: Path
    cache_dir: Path | None

    @property
    def suite_dir(self) -> Path:
        return cache_root(self.build_dir, self.cache_dir) / "suites"

    @property
    def statement_dir(self) -> Path:
        return cache_root(self.build_dir, self.cache_dir) / "statements"

    @property
    def listing_dir(self) -> Path:
        return cache_root(self.build_dir, self.cache_dir) / "catalogue"


def _variable(name: str) -> str | None:
    """JUDGE_<NAME>, matched without regard to case, as pydantic-settings matches it."""
    wanted = f"JUDGE_{name}".upper()
    return next((value for key, value in os.environ.items() if key.upper() == wanted), None)


def folders() -> Folders:
    cache = _variable("cache_dir")
    return Folders(problems_dir=Path(_variable("problems_dir") or PROBLEMS_DIR),
                   build_dir=Path(_variable("build_dir") or BUILD_DIR),
                   cache_dir=Path(cache) if cache else None)
