-- verdict: Wrong Answer
-- ROW_NUMBER keeps two people per department and breaks ties arbitrarily.
WITH ranked AS (
    SELECT department_id, name, salary,
           ROW_NUMBER() OVER (PARTITION BY department_id ORDER BY salary DESC) AS salary_rank
    FROM employees
    WHERE salary IS NOT NULL
)
SELECT d.name AS department, r.name AS employee, r.salary AS salary,
       r.salary_rank AS salary_rank
FROM departments AS d
LEFT JOIN ranked AS r ON r.department_id = d.id AND r.salary_rank <= 2;
