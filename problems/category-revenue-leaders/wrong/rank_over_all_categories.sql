-- verdict: Wrong Answer
-- No PARTITION BY: products are ranked against the whole store, not their category.
WITH revenue AS (
    SELECT p.category, p.product_id, COALESCE(SUM(i.quantity * i.unit_price), 0) AS revenue
    FROM products AS p LEFT JOIN order_items AS i ON i.product_id = p.product_id
    GROUP BY p.category, p.product_id
), ranked AS (
    SELECT category, product_id, revenue,
           RANK() OVER (ORDER BY revenue DESC) AS revenue_rank
    FROM revenue
)
SELECT category, product_id, revenue, revenue_rank FROM ranked WHERE revenue_rank <= 3;
