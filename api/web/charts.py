"""Charts drawn on the server as SVG (no script, no chart service): the page's own style
sheet colours them through classes (the Content-Security-Policy allows no inline style), in
light and dark mode alike. Each has a title and a description for screen readers; the pages
put the same numbers in a table beside it. Rows are anything with the attributes of
`judge.service.profile.Tally` and `Day` (the API's TallyPublic and DayPublic too)."""

from collections.abc import Sequence

from markupsafe import Markup, escape

from judge.service.profile import Day, Tally

ROW, LABEL, BAR, COUNT = 22, 190, 300, 90
"""A row's height, and the widths of the label, the bar and the count (SVG user units)."""


def _svg(width: int, height: int, name: str, title: str, description: str, body: str) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'width="{width}" role="img" '
        f'aria-labelledby="{name}-title {name}-desc" preserveAspectRatio="xMinYMin meet">'
        f'<title id="{name}-title">{escape(title)}</title>'
        f'<desc id="{name}-desc">{escape(description)}</desc>{body}</svg>')


def progress_bars(name: str, title: str, rows: Sequence[Tally]) -> Markup:
    """One bar per row, its whole length the row's problems: solved, then attempted, then
    the rest."""
    parts = []
    for index, row in enumerate(rows):
        y = index * ROW
        solved = BAR * row.solved / row.total
        attempted = BAR * row.attempted / row.total
        parts.append(
            f'<text class="chart-label" x="{LABEL - 8}" y="{y + 15}" text-anchor="end">'
            f'{escape(row.name)}</text>'
            f'<rect class="chart-rest" x="{LABEL}" y="{y + 4}" width="{BAR}" height="14"/>'
            f'<rect class="chart-solved" x="{LABEL}" y="{y + 4}" width="{solved:.1f}" '
            f'height="14"/>'
            f'<rect class="chart-attempted" x="{LABEL + solved:.1f}" y="{y + 4}" '
            f'width="{attempted:.1f}" height="14"/>'
            f'<text class="chart-label" x="{LABEL + BAR + 8}" y="{y + 15}">'
            f'{row.solved}/{row.total}</text>')
    described = "; ".join(f"{r.name}: {r.solved} solved, {r.attempted} attempted, of {r.total}"
                          for r in rows)
    return _svg(LABEL + BAR + COUNT, max(len(rows), 1) * ROW, name, title, described,
                "".join(parts))


def activity_bars(name: str, days: Sequence[Day]) -> Markup:
    """Full runs sent per day (the whole bar) and the Accepted among them, oldest day left."""
    width, height, step = 620, 120, 620 / max(len(days), 1)
    peak = max((d.runs for d in days), default=0) or 1
    parts = []
    for index, day in enumerate(days):
        x = index * step
        runs = (height - 20) * day.runs / peak
        accepted = (height - 20) * day.accepted / peak
        if day.runs:
            parts.append(f'<rect class="chart-runs" x="{x:.1f}" y="{height - 20 - runs:.1f}" '
                         f'width="{step * 0.8:.1f}" height="{runs:.1f}"/>')
        if day.accepted:
            parts.append(f'<rect class="chart-solved" x="{x:.1f}" '
                         f'y="{height - 20 - accepted:.1f}" width="{step * 0.8:.1f}" '
                         f'height="{accepted:.1f}"/>')
    parts.append(f'<line class="chart-axis" x1="0" y1="{height - 19}" x2="{width}" '
                 f'y2="{height - 19}"/>')
    if days:
        parts.append(f'<text class="chart-label" x="0" y="{height - 4}">{days[0].day}</text>'
                     f'<text class="chart-label" x="{width}" y="{height - 4}" '
                     f'text-anchor="end">{days[-1].day}</text>'
                     f'<text class="chart-label" x="0" y="10">most in a day: {peak}</text>')
    total, accepted = sum(d.runs for d in days), sum(d.accepted for d in days)
    active = sum(1 for d in days if d.runs)
    described = (f"{total} full runs, {accepted} Accepted, on {active} of the last "
                 f"{len(days)} days")
    return _svg(width, height, name, "Full runs per day", described, "".join(parts))
