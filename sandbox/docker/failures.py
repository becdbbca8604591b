"""What a call to the Docker engine raises when the engine fails or is too slow to answer:
the SDK's own errors, and those of the HTTP library under it, which the SDK lets through (a
read timeout on a loaded host is a `requests` error, not a `DockerException`)."""


def engine_failures() -> tuple[type[Exception], ...]:
    import docker.errors
    import requests.exceptions

    return (docker.errors.DockerException, requests.exceptions.RequestException)
