"""What the tests and the benchmarks both need to run the judge for real: the `judge` command,
a free port, a server that is up, a fresh PostgreSQL database, worker processes and a queue
of submissions. Not shipped with the judge."""
