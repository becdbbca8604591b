"""The grading core, in rooms from the top down (each imports only the rooms below it):
`tools` (the linter, verification records, mutation analysis), `run` (a grade), `present`
(what users read of a problem), `problems` (the packages), `kinds` (a module per kind of
problem), `render` (values as text and tables), `checkers`, `wire` (the channel's values) and
`results` (verdicts, outcomes, the result contract). `authoring` is the authors' kit under
the name problems import it by.

It imports neither `judge.service` nor `judge.cli` (import-linter contracts keep both rules).
"""
