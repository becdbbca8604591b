-- verdict: Wrong Answer
-- SUM / COUNT of integers is integer division in SQLite: 9 / 2 gives 4, not 4.5.
SELECT product_id, COUNT(*) AS reviews, COUNT(rating) AS rated_reviews,
       SUM(rating) / COUNT(rating) AS avg_rating,
       COALESCE(SUM(helpful_votes), 0) AS helpful_votes
FROM reviews
GROUP BY product_id
HAVING COUNT(*) >= 3;
