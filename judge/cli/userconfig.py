"""The CLI's own file: the server URL and the API token, readable by the user alone."""

import json
import os
from pathlib import Path

from ..errors import JudgeError

DEFAULT_SERVER = "http://127.0.0.1:8000"


class ConfigError(JudgeError):
    """The config file cannot be read or written."""


def config_dir() -> Path:
    explicit = os.environ.get("JUDGE_CONFIG_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "mle-judge"


def config_path() -> Path:
    return config_dir() / "config.json"


def load() -> dict:
    path = config_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from None
    return data if isinstance(data, dict) else {}


def save(data: dict) -> Path:
    """Writes the file with mode 0600 (its folder 0700): it holds a token."""
    path = config_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = path.with_suffix(".tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2)
        os.chmod(temporary, 0o600)  # in case it existed with looser permissions
        os.replace(temporary, path)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror}") from None
    return path


def server_url(flag: str | None) -> str:
    """The flag, else JUDGE_SERVER, else the config file, else the local default."""
    return (flag or os.environ.get("JUDGE_SERVER") or load().get("server")
            or DEFAULT_SERVER).rstrip("/")
