-- verdict: Wrong Answer
-- SUM over only NULLs is NULL, not 0.
SELECT product_id, COUNT(*) AS reviews, COUNT(rating) AS rated_reviews,
       AVG(rating) AS avg_rating, SUM(helpful_votes) AS helpful_votes
FROM reviews
GROUP BY product_id
HAVING COUNT(*) >= 3;
