-- Builds a path of ids ('/5/12/40/') next to the path of names; a category lies under
-- another when its id path starts with the other's.
WITH RECURSIVE tree(category_id, depth, path, ids) AS (
    SELECT category_id, 0, name, '/' || category_id || '/'
    FROM categories WHERE parent_id IS NULL
    UNION ALL
    SELECT c.category_id, t.depth + 1, t.path || ' > ' || c.name, t.ids || c.category_id || '/'
    FROM tree t JOIN categories c ON c.parent_id = t.category_id
),
filed AS (
    SELECT t.ids, COUNT(*) AS n, SUM(COALESCE(p.revenue, 0)) AS amount
    FROM products p JOIN tree t ON t.category_id = p.category_id
    GROUP BY t.ids
)
SELECT t.category_id, t.depth, t.path,
       COALESCE(SUM(f.n), 0) AS products, COALESCE(SUM(f.amount), 0) AS revenue
FROM tree t
LEFT JOIN filed f ON substr(f.ids, 1, length(t.ids)) = t.ids
GROUP BY t.category_id, t.depth, t.path;
