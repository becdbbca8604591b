"""A pandas problem: a function over DataFrames and Series, whose answer a frame, array or
float checker compares."""

from .base import Kind, ProblemKind

POLICIES = ("dataframe", "float", "exact", "custom")


class DataFrameKind(ProblemKind):
    kind = Kind.pandas
    policies = POLICIES

    def policy_refused(self, policy: str) -> str | None:
        if policy in POLICIES:
            return None
        return ("a pandas problem needs the 'dataframe', 'float', 'exact' or 'custom' "
                "checker policy")
