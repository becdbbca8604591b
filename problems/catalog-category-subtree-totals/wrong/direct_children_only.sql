-- verdict: Wrong Answer
-- Adds the products of the category and of its direct children only: grandchildren and
-- deeper categories are left out.
WITH RECURSIVE tree(category_id, depth, path) AS (
    SELECT category_id, 0, name FROM categories WHERE parent_id IS NULL
    UNION ALL
    SELECT c.category_id, t.depth + 1, t.path || ' > ' || c.name
    FROM tree t JOIN categories c ON c.parent_id = t.category_id
),
below(top_id, category_id) AS (
    SELECT category_id, category_id FROM categories
    UNION ALL
    SELECT parent_id, category_id FROM categories WHERE parent_id IS NOT NULL
)
SELECT t.category_id, t.depth, t.path, COUNT(p.product_id) AS products,
       COALESCE(SUM(p.revenue), 0) AS revenue
FROM tree t
JOIN below b ON b.top_id = t.category_id
LEFT JOIN products p ON p.category_id = b.category_id
GROUP BY t.category_id, t.depth, t.path;
