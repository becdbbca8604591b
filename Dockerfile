# The judge's service: the HTTP API and the grading workers in one image; the command chooses
# (`serve --workers 0` for the API alone, `worker` for graders). See docs/deployment.md.
#
# Built offline by scripts/build-image: the base is Debian from debootstrap (BASE=judge-base:*)
# and the Python packages are wheels the host downloaded into .build/wheels (PIP_ARGS). Where
# a registry and PyPI are reachable:
#   docker build --build-arg BASE=python:3.11-slim-bookworm --build-arg PIP_ARGS= -t judge .
#
# Two stages: the wheels are copied into the first, which installs them into /opt/judge; the
# image is the second, given /opt/judge alone, so no layer of it carries the wheels (a step
# that deletes files leaves them in the layer that copied them).
ARG BASE=judge-base:latest
FROM ${BASE} AS packages

ARG PIP_ARGS="--no-index --find-links /build/wheels"
ENV PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /build
COPY pyproject.toml ./
COPY .build/wheels/ /build/wheels/
RUN python3 -m venv /opt/judge \
    && python3 -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))' \
        > requirements.txt \
    && /opt/judge/bin/pip install --quiet --no-compile ${PIP_ARGS} -r requirements.txt

FROM ${BASE}

ENV LANG=C.UTF-8 \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

# CodeMirror for the problem page's editor, from Debian's package (debootstrap's base has it)
RUN if [ ! -f /usr/share/javascript/codemirror/lib/codemirror.js ]; then \
        apt-get update -qq && apt-get install -y -qq --no-install-recommends libjs-codemirror \
        && rm -rf /var/lib/apt/lists/*; \
    fi \
    && (getent passwd judge >/dev/null || useradd --system --uid 10001 --home-dir /var/lib/judge \
        --create-home --shell /usr/sbin/nologin judge)

# the dependencies first (a layer kept while only the code changes)
COPY --from=packages /opt/judge /opt/judge
WORKDIR /app
COPY judge/ judge/
COPY sandbox/ sandbox/
COPY api/ api/
COPY problems/ problems/
RUN printf '#!/opt/judge/bin/python\nfrom judge.cli import main\nmain()\n' > /usr/local/bin/judge \
    && chmod 755 /usr/local/bin/judge \
    && /opt/judge/bin/python -m compileall -q /app/judge /app/sandbox /app/api >/dev/null

# Everything the service writes: the SQLite database (when no JUDGE_DATABASE_URL is given),
# computed tests and rendered statements. The code and the problems stay read-only.
ENV PYTHONPATH=/app \
    JUDGE_DATA_DIR=/var/lib/judge \
    JUDGE_BUILD_DIR=/var/lib/judge/build \
    JUDGE_SANDBOX=docker
VOLUME ["/var/lib/judge"]
USER judge
EXPOSE 8000
# The API: healthy while /api/health says 200; a worker (JUDGE_METRICS_PORT set): while its
# metrics answer.
ENV JUDGE_PORT=8000
COPY deploy/healthcheck.py /usr/local/lib/judge-healthcheck.py
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/opt/judge/bin/python", "/usr/local/lib/judge-healthcheck.py"]
ENTRYPOINT ["judge"]
CMD ["serve", "--host", "0.0.0.0"]
