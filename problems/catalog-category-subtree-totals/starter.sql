-- categories(category_id, parent_id, name); products(product_id, category_id, revenue)
-- category_id, depth, path, products, revenue: one row per category
SELECT c.category_id, 0 AS depth, c.name AS path,
       COUNT(p.product_id) AS products, COALESCE(SUM(p.revenue), 0) AS revenue
FROM categories c
LEFT JOIN products p ON p.category_id = c.category_id
GROUP BY c.category_id, c.name;
