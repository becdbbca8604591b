-- Without window functions: each department's highest salary, then the highest below it,
-- and the employees earning either; departments with nobody keep one row of NULLs.
WITH top1 AS (
    SELECT department_id, MAX(salary) AS s1
    FROM employees
    WHERE salary IS NOT NULL
    GROUP BY department_id
),
top2 AS (
    SELECT e.department_id, MAX(e.salary) AS s2
    FROM employees AS e JOIN top1 AS t ON t.department_id = e.department_id
    WHERE e.salary < t.s1
    GROUP BY e.department_id
)
SELECT d.name AS department,
       e.name AS employee,
       e.salary AS salary,
       CASE WHEN e.salary = t1.s1 THEN 1 WHEN e.salary = t2.s2 THEN 2 END AS salary_rank
FROM departments AS d
LEFT JOIN top1 AS t1 ON t1.department_id = d.id
LEFT JOIN top2 AS t2 ON t2.department_id = d.id
LEFT JOIN employees AS e
       ON e.department_id = d.id AND (e.salary = t1.s1 OR e.salary = t2.s2);
