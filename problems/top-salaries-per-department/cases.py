import random

from judge.grading.authoring import Case, Table
from judge.grading.authoring import SqlResult


def tables(departments, employees) -> tuple:
    """The args of one case: departments rows (id, name); employees rows (id, name,
    department_id, salary)."""
    return ({
        "departments": Table(columns=(("id", "INTEGER"), ("name", "TEXT")),
                             rows=tuple(departments)),
        "employees": Table(columns=(("id", "INTEGER"), ("name", "TEXT"),
                                    ("department_id", "INTEGER"), ("salary", "INTEGER")),
                           rows=tuple(employees)),
    },)


COLUMNS = ("department", "employee", "salary", "salary_rank")


def result(*rows):
    return SqlResult(columns=COLUMNS, rows=tuple(rows))


SAMPLES = [
    Case(tables([(1, "Sales"), (2, "Research"), (3, "Legal")],
                [(1, "Ava", 1, 5000), (2, "Bo", 1, 7000), (3, "Cy", 1, 7000),
                 (4, "Di", 1, 6000), (5, "Ed", 1, 4000), (6, "Flo", 2, 8000),
                 (7, "Gil", 2, None)]),
         expected=result(("Sales", "Bo", 7000, 1), ("Sales", "Cy", 7000, 1),
                         ("Sales", "Di", 6000, 2), ("Research", "Flo", 8000, 1),
                         ("Legal", None, None, None)),
         note="a tie at the top; Gil has no salary; Legal has nobody"),
    Case(tables([(10, "Ops"), (11, "Data")],
                [(1, "Hu", 10, 3000), (2, "Hu", 10, 3000), (3, "Ida", 11, None),
                 (4, "Jo", None, 9000), (5, "Kai", 12, 9500)]),
         expected=result(("Ops", "Hu", 3000, 1), ("Ops", "Hu", 3000, 1),
                         ("Data", None, None, None)),
         note="two identical rows; Jo and Kai belong to no known department"),
]

NAMES = ["Ava", "Bo", "Cy", "Di", "Ed", "Flo", "Gil", "Hu", "Ida", "Jo", "Kai", "Lin"]


def _random_tables(rng: random.Random, n_departments: int, n_employees: int,
                   salaries: list[int], null_share: float):
    dept_ids = rng.sample(range(1, 4 * n_departments + 5), n_departments)
    departments = [(d, f"dept-{d}") for d in dept_ids]
    targets = dept_ids + [None, max(dept_ids, default=0) + 1]
    employees = []
    for emp_id in range(1, n_employees + 1):
        salary = None if rng.random() < null_share else rng.choice(salaries)
        employees.append((emp_id, rng.choice(NAMES), rng.choice(targets), salary))
    return tables(departments, employees)


def generate(rng):
    salaries = [rng.randrange(1000, 9000, 250) for _ in range(rng.randint(1, 8))]
    return _random_tables(rng, rng.randint(0, 12), rng.randint(0, 80), salaries,
                          rng.choice([0.0, 0.2, 0.5]))


_rng = random.Random(90210)

HIDDEN = [
    Case(tables([(1, "Sales"), (2, "Legal")], []), note="no employees"),
    Case(tables([], [(1, "Ava", 1, 5000)]), note="no departments"),
    Case(tables([], []), note="both tables empty"),
    Case(tables([(1, "Ops")], [(1, "Ava", 1, None), (2, "Bo", 1, None)]),
         note="every salary NULL"),
    Case(tables([(1, "Ops")], [(1, "Ava", 1, 4000), (2, "Bo", 1, 4000), (3, "Cy", 1, None)]),
         note="one distinct salary, and a NULL one that must not take rank 2"),
    Case(tables([(1, "Ops"), (2, "Ops")],
                [(1, "Ava", 1, 100), (2, "Bo", 2, 300), (3, "Cy", 2, 200), (4, "Di", 1, 50),
                 (5, "Ed", 1, 10)]),
         note="two departments with the same name"),
    Case(tables([(5, "Lab")],
                [(1, "Ava", 5, 900), (2, "Bo", 5, 900), (3, "Cy", 5, 800), (4, "Di", 5, 800),
                 (5, "Ed", 5, 700), (6, "Flo", 5, 900)]),
         note="ties at both ranks"),
    Case(tables([(1, "Ops"), (2, "Dev")],
                [(1, "Ava", 1, 0), (2, "Bo", 1, -5), (3, "Cy", 1, None), (4, "Di", 2, 0)]),
         note="zero and negative salaries are not NULL"),
    Case(_random_tables(_rng, 8, 60, [1000, 2000, 3000], 0.25), note="random, many ties"),
    Case(_random_tables(_rng, 300, 20000, list(range(1000, 100000, 500)), 0.1),
         note="larger"),
]
