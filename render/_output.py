"""Text -> a file (written atomically), stdout ("-") or an open text stream: where every writer ends."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TextIO, Union

Target = Union[str, os.PathLike, TextIO]


def write_text(text: str, target: Target) -> None:
    """Write `text` to `target`; a path is replaced in one step, so readers never see half a file."""
    if isinstance(target, str) and target == "-":
        sys.stdout.write(text)
        return
    if hasattr(target, "write"):
        target.write(text)
        return
    path = Path(target)
    # the temporary file lives in the destination's directory: os.replace is atomic only within one filesystem
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # newline="": the writers choose their own line ends (CSV fields may hold newlines)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        # mkstemp makes the file private (0600); give it the mode a plain open() would have
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    # the only way to read the umask is to set it; put it straight back
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
