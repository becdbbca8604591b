# verdict: Wrong Answer
# Forgets the modulus: Python's big ints give the exact count, which is not what is asked.
def count_payments(coins: list[int], amount: int) -> int:
    ways = [0] * (amount + 1)
    ways[0] = 1
    for coin in sorted(set(coins)):
        for s in range(coin, amount + 1):
            ways[s] += ways[s - coin]
    return ways[amount]
