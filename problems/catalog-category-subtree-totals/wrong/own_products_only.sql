-- verdict: Wrong Answer
-- Counts only the products filed directly in each category, not those below it.
WITH RECURSIVE tree(category_id, depth, path) AS (
    SELECT category_id, 0, name FROM categories WHERE parent_id IS NULL
    UNION ALL
    SELECT c.category_id, t.depth + 1, t.path || ' > ' || c.name
    FROM tree t JOIN categories c ON c.parent_id = t.category_id
)
SELECT t.category_id, t.depth, t.path, COUNT(p.product_id) AS products,
       COALESCE(SUM(p.revenue), 0) AS revenue
FROM tree t
LEFT JOIN products p ON p.category_id = t.category_id
GROUP BY t.category_id, t.depth, t.path;
