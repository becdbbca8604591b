"""A growth estimate as a value: how a solution's running time grew with its input's size
(measured by `judge.grading.run.growth`)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Curve:
    points: tuple[tuple[int, float], ...]
    """(n, seconds) for each size measured."""
    stopped_at: int | None = None
    """The first size at which a call took longer than the cap (or failed)."""
    stop_reason: str = ""
    exponent: float | None = None
    noise: float | None = None
    shape: str = "unknown"
    """polynomial, super-polynomial, too fast, or too few points."""

    @property
    def reached(self) -> int | None:
        return self.points[-1][0] if self.points else None

    def describe(self) -> str:
        if self.shape == "super-polynomial":
            return "faster than any power of n (exponential?)"
        if self.shape == "polynomial" and self.exponent is not None:
            return f"n^{self.exponent:.1f} (±{self.noise:.1f})"
        if self.shape == "too fast":
            return "too fast to measure at these sizes"
        return "unknown (too few sizes measured)"


@dataclass(frozen=True)
class GrowthReport:
    submission: Curve
    reference: Curve | None

    def summary(self) -> str:
        text = f"your time grows like {self.submission.describe()}"
        if self.reference is not None:
            text += f"; the reference's like {self.reference.describe()}"
        if self.submission.stopped_at is not None:
            reached = self.submission.reached
            text += (f". Yours reached n={reached:,}" if reached else ". Yours reached no size")
            text += f" before {self.submission.stop_reason} at n={self.submission.stopped_at:,}"
            if self.reference is not None and self.reference.reached:
                text += f" (the reference reached n={self.reference.reached:,})"
        return text + "."

