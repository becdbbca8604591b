-- departments(id, name); employees(id, name, department_id, salary)
-- One row per listed employee: department, employee, salary, salary_rank.
SELECT d.name AS department, NULL AS employee, NULL AS salary, NULL AS salary_rank
FROM departments AS d;
