"""The grading core: problem packages, the trusted grader and its checkers, the wire codec,
Hypothesis properties, growth estimates, the problem linter and results as values.

It imports neither `judge.service` nor `judge.cli` (an import-linter contract keeps it so).
"""
