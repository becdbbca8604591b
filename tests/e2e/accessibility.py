"""axe-core in a page: its script (an offline copy) and the violations that fail a test."""

from pathlib import Path


def load_axe() -> str:
    """axe-core's script, from the axe-playwright-python package (offline)."""
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


SERIOUS = {"serious", "critical"}
ALSO_FAILING = {"empty-table-header"}
"""axe rules of a lesser impact that fail the test all the same (a column heading a screen
reader reads out as nothing)."""
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
"""The axe rules whose outcome depends on the colour scheme: all that is run again in dark
mode (color-contrast takes most of axe's time)."""


def axe_violations(tab, source: str, skip: frozenset[str], rules: list[str] | None) -> list[str]:
    if not tab.evaluate("typeof window.axe !== 'undefined'"):
        tab.evaluate(source)  # evaluate is not subject to the page's CSP (no inline scripts)
    options = {"resultTypes": ["violations"], **({"runOnly": rules} if rules else {})}
    result = tab.evaluate("options => axe.run(document, options)", options)
    return [f"{v['id']} ({v['impact']}): {v['help']} at "
            + ", ".join(" ".join(node["target"]) for node in v["nodes"][:4])
            for v in result["violations"]
            if (v["impact"] in SERIOUS or v["id"] in ALSO_FAILING) and v["id"] not in skip]
