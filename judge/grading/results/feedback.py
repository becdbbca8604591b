"""What to try next, in one line, for a result that is not Accepted."""

from .verdicts import SubmissionResult, TestGroup, Verdict

RULE_PREFIX = "this problem does not allow"
"""How a refusal under the problem's rules (`problems.rules`) begins."""


def next_step(result: SubmissionResult) -> str:
    failure = result.first_failure
    verdict = result.verdict
    if verdict == Verdict.accepted:
        return ""
    if verdict == Verdict.wrong_answer and failure is not None:
        if failure.group == TestGroup.properties:
            return ("The input shown is the smallest one Hypothesis found that breaks your "
                    "code: run your function on it by hand and compare with the expected value.")
        if failure.group == TestGroup.sample:
            return "A visible example fails: reread the statement's example and its notes."
        return ("Check the edge cases the input shows (empty, single element, duplicates, "
                "negatives, extremes), then compare your output with the expected value.")
    if verdict == Verdict.time_limit:
        if result.growth is not None and result.growth.reference is not None:
            return ("Your running time grows faster than the reference's: look for an "
                    "algorithm of a lower order, not a faster constant.")
        return "Look for a faster algorithm, or a loop that never ends."
    if verdict == Verdict.runtime_error:
        return "The traceback points at the line in your code that raised; start there."
    if (verdict == Verdict.compilation_error and failure is not None
            and failure.message.startswith(RULE_PREFIX)):
        return "Remove that import and write the part it did yourself; the statement says why."
    if verdict == Verdict.compilation_error:
        return ("Fix the syntax error or the missing definition; run the file with python "
                "locally to see the same message.")
    if verdict == Verdict.memory_limit:
        return "Avoid building large intermediate lists or copies; stream or reuse memory."
    if verdict == Verdict.not_checked:
        return ("Write an input within the statement's constraints, so that the reference "
                "solution answers it too.")
    if verdict == Verdict.output_limit:
        return "Remove debugging prints from loops; return the answer instead of printing it."
    return "Grade it again; if it persists, report it with the problem and your file."
