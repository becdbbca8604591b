WITH RECURSIVE tree(category_id, depth, path) AS (
    SELECT category_id, 0, name
    FROM categories
    WHERE parent_id IS NULL
    UNION ALL
    SELECT c.category_id, t.depth + 1, t.path || ' > ' || c.name
    FROM tree t
    JOIN categories c ON c.parent_id = t.category_id
),
below(top_id, category_id) AS (
    SELECT category_id, category_id FROM categories
    UNION ALL
    SELECT b.top_id, c.category_id
    FROM below b
    JOIN categories c ON c.parent_id = b.category_id
),
filed AS (
    SELECT category_id, COUNT(*) AS n, SUM(revenue) AS amount
    FROM products
    GROUP BY category_id
),
totals AS (
    SELECT b.top_id,
           COALESCE(SUM(f.n), 0) AS products,
           COALESCE(SUM(f.amount), 0) AS revenue
    FROM below b
    LEFT JOIN filed f ON f.category_id = b.category_id
    GROUP BY b.top_id
)
SELECT t.category_id, t.depth, t.path, s.products, s.revenue
FROM tree t
JOIN totals s ON s.top_id = t.category_id;
