"""The image's health check: a worker (JUDGE_METRICS_PORT set) is healthy while its metrics
answer, the API while /api/health says 200 (its database answers). Exit 0 or 1."""

import os
import sys
import urllib.request

metrics_port = os.environ.get("JUDGE_METRICS_PORT")
if metrics_port:
    url = f"http://127.0.0.1:{metrics_port}/metrics"
else:
    url = f"http://127.0.0.1:{os.environ.get('JUDGE_PORT', '8000')}/api/health"
try:
    urllib.request.urlopen(url, timeout=4)
except Exception as exc:  # refused, timed out, or a 503: unhealthy either way
    print(f"{url}: {exc}", file=sys.stderr)
    sys.exit(1)
