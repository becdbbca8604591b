-- verdict: Wrong Answer
-- Forgets to drop NULL salaries: SQLite sorts NULL last in DESC order, so it gets a rank.
WITH ranked AS (
    SELECT department_id, name, salary,
           DENSE_RANK() OVER (PARTITION BY department_id ORDER BY salary DESC) AS salary_rank
    FROM employees
)
SELECT d.name AS department, r.name AS employee, r.salary AS salary,
       r.salary_rank AS salary_rank
FROM departments AS d
LEFT JOIN ranked AS r ON r.department_id = d.id AND r.salary_rank <= 2;
