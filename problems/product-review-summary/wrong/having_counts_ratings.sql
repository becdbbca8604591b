-- verdict: Wrong Answer
-- HAVING COUNT(rating) drops products whose text-only reviews bring them to three.
SELECT product_id, COUNT(*) AS reviews, COUNT(rating) AS rated_reviews,
       AVG(rating) AS avg_rating, COALESCE(SUM(helpful_votes), 0) AS helpful_votes
FROM reviews
GROUP BY product_id
HAVING COUNT(rating) >= 3;
