"""The service's domain: storage and migrations, the durable queue and its workers, accounts,
submissions, study groups, leaderboards and plans.

It uses the grading core and never the command line (an import-linter contract keeps it so).
"""
