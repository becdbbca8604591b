from fastapi import APIRouter, Query

from judge.grading.present.display import show_input
from judge.grading.present.input_text import format_input
from judge.grading.present.statement import statement_markdown
from judge.grading.problems.model import Metadata
from judge.grading.render.text import show_value
from judge.grading.wire.codec import normalize

from ..deps import ServicesDep
from ..responses import errors
from ..schemas import LimitsPublic, ProblemPublic, ProblemSummary, Sample

router = APIRouter(prefix="/api/problems", tags=["problems"])


def _summary(meta: Metadata) -> dict:
    return dict(slug=meta.slug, title=meta.title, difficulty=meta.difficulty.value,
                category=meta.category, kind=meta.kind.value, patterns=list(meta.patterns))


@router.get("", responses=errors(422))
def list_problems(services: ServicesDep, category: str | None = None,
                  difficulty: str | None = None,
                  pattern: str | None = Query(None, description="e.g. binary-search")
                  ) -> list[ProblemSummary]:
    return [ProblemSummary(**_summary(meta)) for meta in services.repository.catalogue()
            if (not category or meta.category == category)
            and (not difficulty or meta.difficulty.value == difficulty)
            and (not pattern or pattern in meta.patterns)]


@router.get("/{slug}", responses=errors(404, 422))
def read_problem(slug: str, services: ServicesDep) -> ProblemPublic:
    """The statement, the visible samples and the starter code: never hidden tests or the
    reference."""
    problem = services.repository.get(slug)
    meta = problem.meta
    samples = [Sample(input=show_input(problem, case.args),
                      output=show_value(normalize(case.expected)), note=case.note or None)
               for case in problem.samples]
    limits = meta.limits
    return ProblemPublic(
        **_summary(meta), statement=statement_markdown(problem),
        signature=meta.entry.signature if problem.kind.shows_signature else None,
        samples=samples, starter=problem.starter, file_suffix=problem.source_suffix,
        input_example=format_input(problem, problem.samples[0].args) if problem.samples
        else "",
        limits=LimitsPublic(time_seconds=limits.time_seconds,
                            total_seconds=limits.total_seconds, memory_mb=limits.memory_mb))
