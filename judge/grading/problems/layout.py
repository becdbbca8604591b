"""Where problems live: one folder a problem, named by its slug, holding its problem.toml;
and the categories and difficulties a problem.toml may name. Nothing is loaded here."""

from pathlib import Path

from ...errors import UnknownProblem

CATEGORIES = ("algorithms", "ml", "statistics", "pandas", "sql")
DIFFICULTIES = ("easy", "medium", "hard")



def problem_slugs(root: Path) -> list[str]:
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / "problem.toml").exists())


def problem_folder(root: Path, slug: str) -> Path:
    """The folder of problem `slug` under `root`; UnknownProblem if there is none."""
    path = root / slug
    if "/" in slug or slug.startswith(".") or not (path / "problem.toml").exists():
        raise UnknownProblem(f"no problem named {slug!r}")
    return path

