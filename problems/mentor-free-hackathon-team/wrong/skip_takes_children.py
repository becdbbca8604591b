# verdict: Wrong Answer
# When an engineer stays home, it assumes their mentees must come: two levels in a row can
# never both stay home.
def best_team_energy(root):
    def pair(node):
        # (best with node, best without node)
        if node is None:
            return 0, 0
        left_with, left_without = pair(node.left)
        right_with, right_without = pair(node.right)
        return node.val + left_without + right_without, left_with + right_with

    return max(0, *pair(root))
