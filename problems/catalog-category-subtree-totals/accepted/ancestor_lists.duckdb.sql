-- DuckDB: each category carries the list of its ancestors' ids (itself included) and the
-- list of names; unnesting the ancestor list credits a category's products to each of them.
WITH RECURSIVE tree(category_id, depth, names, ancestors) AS (
    SELECT category_id, 0, [name], [category_id] FROM categories WHERE parent_id IS NULL
    UNION ALL
    SELECT c.category_id, t.depth + 1, list_append(t.names, c.name),
           list_append(t.ancestors, c.category_id)
    FROM tree t JOIN categories c ON c.parent_id = t.category_id
),
filed AS (
    SELECT category_id, COUNT(*) AS n, SUM(COALESCE(revenue, 0)) AS amount
    FROM products WHERE category_id IS NOT NULL GROUP BY category_id
),
credited AS (
    SELECT unnest(t.ancestors) AS top_id, f.n, f.amount
    FROM tree t JOIN filed f ON f.category_id = t.category_id
)
SELECT t.category_id, t.depth, array_to_string(t.names, ' > ') AS path,
       COALESCE((SELECT SUM(n) FROM credited c WHERE c.top_id = t.category_id), 0) AS products,
       COALESCE((SELECT SUM(amount) FROM credited c WHERE c.top_id = t.category_id), 0) AS revenue
FROM tree t;
