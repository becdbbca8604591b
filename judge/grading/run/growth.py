"""Growth estimates: how a solution's running time grows with the size of its input.

The submission and the reference are each timed in a sandbox of their own, on the same inputs
(the problem's `scale(rng, n)`, seeded by n), at growing sizes within a time budget. A call's
cost is measured from outside: the CPU time the kernel charged to the sandbox's cgroup (wall
time where a backend cannot read it), less the cost of moving its inputs in (an `echo` of the
same arguments, measured the same way); of a few repeats the least is kept, as noise only adds.

The exponent is the Theil-Sen slope of log(time) on log(n): the median of the slopes between
every pair of points, which one noisy point cannot drag far. The noise stated with it is half
the interquartile range of those slopes. A steep curve that a straight line of log(time)
against n fits much better than one against log(n) is reported as growing faster than any
power of n: that is what exponential work looks like.
"""

import math
import random
import statistics
import time

from sandbox.base import Backend, Session
from sandbox.errors import SandboxError, SandboxTimeout

from ...errors import ProblemError
from ..problems.loader import Problem
from ..results.growth import Curve, GrowthReport
from ..wire.codec import encode_args
from .timing import timed_request

MIN_SECONDS = 2e-3
"""Below this a timing is mostly noise (scheduling, the channel), so it is not fitted."""


def _quartiles(values: list[float]) -> tuple[float, float]:
    if len(values) < 2:
        return values[0], values[0]
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], q[2]


def fit(points: list[tuple[int, float]]) -> tuple[float | None, float | None, str]:
    """(exponent, noise, shape) for measured points."""
    usable = [(n, t) for n, t in points if t >= MIN_SECONDS and n > 0]
    if len(usable) < 3:
        if len(points) >= 3 and len(usable) < 3:
            return None, None, "too fast"
        return None, None, "too few points"
    xs = [math.log(n) for n, _ in usable]
    ys = [math.log(t) for _, t in usable]
    slopes = [(ys[j] - ys[i]) / (xs[j] - xs[i])
              for i in range(len(xs)) for j in range(i + 1, len(xs)) if xs[j] != xs[i]]
    exponent = statistics.median(slopes)
    low, high = _quartiles(slopes)
    noise = max((high - low) / 2, 0.05)
    steps = [(ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]) for i in range(len(xs) - 1)]
    if len(usable) >= 4 and _climbing(steps) and _semi_log_fits_better(usable):
        return exponent, noise, "super-polynomial"
    return exponent, noise, "polynomial"


def _climbing(steps: list[float]) -> bool:
    """The log-log slope rises steadily: a power of n keeps it level."""
    edge = 2 if len(steps) >= 4 else 1
    first, last = statistics.fmean(steps[:edge]), statistics.fmean(steps[-edge:])
    return last >= first + 1.5 and last >= 2.5


def _residual(xs: list[float], ys: list[float]) -> float:
    """The residual sum of squares of a least-squares line through (xs, ys)."""
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sxx
    return sum((y - mean_y - slope * (x - mean_x)) ** 2 for x, y in zip(xs, ys, strict=True))


def _semi_log_fits_better(points: list[tuple[int, float]]) -> bool:
    """Exponential time is a straight line of log(time) against n, not against log(n)."""
    ns = [float(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    return _residual(ns, ys) < 0.5 * _residual([math.log(n) for n in ns], ys)


def _timed(session: Session, message: dict, cap: float) -> tuple[dict, float]:
    """A request's cost, as the grader measures it; past `cap` it raises SandboxTimeout."""
    reply, cost = timed_request(session, message, cap)
    if cost > cap:
        raise SandboxTimeout(f"{cost:.2f}s")
    return reply, cost


def measure(problem: Problem, backend: Backend, code: str, dialect: str | None = None) -> Curve:
    """Times `code` (in `dialect`, for SQL) on the problem's scaling inputs, in a fresh
    sandbox."""
    scale = problem.scale
    if scale is None:
        raise ProblemError(f"{problem.slug}: no scale(rng, n) in cases.py")
    spec = problem.meta.growth
    meta = problem.meta
    points: list[tuple[int, float]] = []
    stopped_at, reason = None, ""
    started = time.monotonic()
    with backend.open(meta.limits.sandbox_limits()) as session:
        try:
            session.request({"op": "hello"}, timeout=20)
            loaded = session.request({"op": "load", "kind": meta.kind.value, "code": code,
                                      **problem.kind_for(dialect).load_fields(),
                                      "entry": meta.entry.name}, timeout=20)
        except SandboxError as exc:
            return Curve((), None, f"the sandbox failed ({exc})")
        if loaded.get("ok") is not True:
            return Curve((), None, "the code did not load")
        for n in spec.size_list():
            if time.monotonic() - started > spec.budget_seconds:
                break
            args = scale(random.Random(meta.tests.seed * 1_000_003 + n), n)
            if not isinstance(args, tuple):
                raise ProblemError(f"{problem.slug}: scale(rng, n) must return a tuple")
            encoded = encode_args(args)
            calls: list[float] = []
            moves: list[float] = []
            try:
                for _ in range(spec.repeats):
                    _, moving = _timed(session, {"op": "echo", "args": encoded},
                                       spec.call_seconds * 4)
                    reply, total = _timed(session, {"op": "call", "args": encoded},
                                          spec.call_seconds)
                    if reply.get("ok") is not True:
                        stopped_at, reason = n, "a call failed"
                        break
                    moves.append(moving)
                    calls.append(total)
            except SandboxError:
                stopped_at, reason = n, f"a call took over {spec.call_seconds:g}s"
            if stopped_at is not None:
                break
            # the fastest of the repeats: noise (other processes, the scheduler) only adds
            points.append((n, max(min(calls) - min(moves), 1e-7)))
    exponent, noise, shape = fit(points)
    return Curve(tuple(points), stopped_at, reason, exponent, noise, shape)


_REFERENCE_CURVES: dict[tuple[str, int, str, str], Curve] = {}


def reference_curve(problem: Problem, backend: Backend, dialect: str | None = None) -> Curve:
    """The reference's curve, measured once per problem version, backend and dialect in a
    process."""
    key = (problem.slug, problem.meta.version, backend.name, dialect or "")
    if key not in _REFERENCE_CURVES:
        _REFERENCE_CURVES[key] = measure(problem, backend, problem.reference_in(dialect),
                                         dialect)
    return _REFERENCE_CURVES[key]


def growth_report(problem: Problem, backend: Backend, code: str,
                  dialect: str | None = None) -> GrowthReport:
    return GrowthReport(measure(problem, backend, code, dialect),
                        reference_curve(problem, backend, dialect))
