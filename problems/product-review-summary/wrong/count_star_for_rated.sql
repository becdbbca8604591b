-- verdict: Wrong Answer
-- COUNT(*) counts text-only reviews as rated.
SELECT product_id, COUNT(*) AS reviews, COUNT(*) AS rated_reviews,
       AVG(rating) AS avg_rating, COALESCE(SUM(helpful_votes), 0) AS helpful_votes
FROM reviews
GROUP BY product_id
HAVING COUNT(*) >= 3;
