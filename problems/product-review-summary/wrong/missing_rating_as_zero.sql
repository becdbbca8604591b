-- verdict: Wrong Answer
-- Treating a missing rating as 0 stars drags the average down.
SELECT product_id, COUNT(*) AS reviews, COUNT(rating) AS rated_reviews,
       AVG(COALESCE(rating, 0)) AS avg_rating,
       COALESCE(SUM(helpful_votes), 0) AS helpful_votes
FROM reviews
GROUP BY product_id
HAVING COUNT(*) >= 3;
