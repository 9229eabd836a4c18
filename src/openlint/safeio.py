"""Every file openlint reads or writes goes through here.

Reads: regular files only (opened non-blocking, checked with fstat, so a FIFO, a device or a symlink to
/dev/zero is refused before a byte is read), at most a named cap per purpose.
Writes: confined to the project root, never through or over a symlink, never over a read-only file,
via a temporary file in the same directory, fsync then rename, the temporary file removed on error.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from openlint.errors import OpenlintError


@dataclass(frozen=True)
class Cap:
    """A size cap for one purpose; `what` names the purpose in refusals."""

    what: str
    max_bytes: int


CARD = Cap("model card", 1_000_000)  # a card's metadata sits at its top; the rest is prose
LICENSE_TEXT = Cap("licence text", 2_000_000)
HUB_REF = Cap("Hub cache ref", 4_096)  # refs/main: a commit hash
CONFIG = Cap("configuration", 1_000_000)
CODE = Cap("code file", 1_000_000)
TRAINING_CONFIG = Cap("training config", 1_000_000)
RULES = Cap("rule or catalog file", 4_000_000)
JSON = Cap("json file", 16_000_000)
CLAIM = Cap("openness claim", 500_000)
BASELINE = Cap("baseline", 16_000_000)

_READ_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)


class InputRefused(OpenlintError, OSError):
    """A file openlint will not read: not a regular file, or over its cap.

    It is an OSError too, so code that already treats an unreadable file as a finding handles it."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: refused: {reason}")
        self.strerror = reason

    def __str__(self) -> str:
        return f"{self.path}: refused: {self.reason}"


class OutputRefused(OpenlintError):
    """A file openlint will not write (outside the project, through a symlink, read-only, unwritable)."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: not written: {reason}")


def _file_kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a directory"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def open_regular(path: str | os.PathLike[str], *, dir_fd: int | None = None, follow: bool = True) -> BinaryIO:
    """Open a regular file for reading without ever blocking on a FIFO or reading a device."""
    flags = _READ_FLAGS | (0 if follow else os.O_NOFOLLOW)
    try:
        fd = os.open(path, flags, dir_fd=dir_fd)
    except OSError as exc:
        if not follow and exc.errno == 40:  # ELOOP: the last component is a symlink
            raise InputRefused(path, "is a symlink") from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputRefused(path, f"is {_file_kind(mode)}, not a regular file")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_capped(handle: BinaryIO, path: str | os.PathLike[str], cap: Cap, truncate: bool) -> tuple[bytes, bool]:
    size = os.fstat(handle.fileno()).st_size
    if size > cap.max_bytes and not truncate:
        raise InputRefused(path, f"{cap.what} of {size} bytes is over the {cap.max_bytes}-byte limit")
    # Sized to the file: a cap-sized buffer per read was most of the cost of reading a small card.
    data = handle.read(min(size, cap.max_bytes) + 1)
    if len(data) > size:  # grown since fstat (or a /proc file that reports 0 bytes): still bounded
        data += handle.read(cap.max_bytes + 1 - len(data))
    if len(data) <= cap.max_bytes:
        return data, False
    if not truncate:
        raise InputRefused(path, f"{cap.what} is over the {cap.max_bytes}-byte limit")
    return data[: cap.max_bytes], True


def read_head(path: str | os.PathLike[str], cap: Cap) -> tuple[bytes, bool]:
    """At most `cap` bytes of a regular file, and whether there was more. What open_regular and
    _read_capped do, on the descriptor itself: a file object per small file (a model card, read
    millions of times by an audit) cost more than reading it."""
    fd = os.open(path, _READ_FLAGS)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputRefused(path, f"is {_file_kind(st.st_mode)}, not a regular file")
        # Left non-blocking (two fcntl calls per card saved): reads of a regular file do not block, and
        # a filesystem that says they would is switched to blocking by _read_fd.
        want = min(st.st_size, cap.max_bytes) + 1
        data = _read_fd(fd, want, st.st_size)
        if len(data) >= want and want <= cap.max_bytes:  # grown since fstat (or a /proc file of 0 bytes)
            data += _read_fd(fd, cap.max_bytes + 1 - len(data))
    finally:
        os.close(fd)
    if len(data) <= cap.max_bytes:
        return data, False
    return data[: cap.max_bytes], True


def _read_fd(fd: int, size: int, stated: int = -1) -> bytes:
    """Up to `size` bytes, fewer only at the end of the file (os.read may return less at a time), or
    once the `stated` size (fstat's) is read: no second read only to meet the end. The descriptor may be
    non-blocking: where a read would block, it is made blocking and read again."""
    try:
        data = os.read(fd, size)
    except BlockingIOError:
        os.set_blocking(fd, True)
        data = os.read(fd, size)
    while 0 < len(data) < size and len(data) != stated:
        try:
            more = os.read(fd, size - len(data))
        except BlockingIOError:
            os.set_blocking(fd, True)
            continue
        if not more:
            break
        data += more
    return data


def head_or_none(path: str | os.PathLike[str], cap: Cap) -> bytes | None:
    """At most `cap` bytes of a regular file, or None when it is refused or cannot be read: for the
    sources that treat such a file as absent (a model card, a LICENSE beside it, a cache ref)."""
    try:
        return read_head(path, cap)[0]
    except (OSError, ValueError):  # InputRefused is an OSError; ValueError: a NUL in the path
        return None


def read_bytes(path: str | os.PathLike[str], cap: Cap) -> bytes:
    """The whole regular file; InputRefused when it is over its cap."""
    with open_regular(path) as handle:
        return _read_capped(handle, path, cap, truncate=False)[0]


def read_text(path: str | os.PathLike[str], cap: Cap, *, errors: str = "replace", truncate: bool = False) -> str:
    """UTF-8 text of a regular file (a leading BOM dropped); over the cap: refused, or cut when `truncate`."""
    with open_regular(path) as handle:
        data, _ = _read_capped(handle, path, cap, truncate)
    return data.decode("utf-8-sig", errors=errors)


def walk_tree(
    root: str | os.PathLike[str],
    problems: list[tuple[str, str]] | None = None,
    max_depth: int | None = None,
    max_entries: int | None = None,
) -> Iterator[tuple[str, list[str], list[str]]]:
    """os.walk's top-down order, iteratively (no RecursionError however deep the tree), never
    following symlinked directories; with `max_depth`, directories below it are not entered, and
    with `max_entries`, a directory's listing stops there (memory stays bounded on a directory of
    millions of files). Both are listed in `problems` (path, reason), as are unreadable directories
    below the root."""
    top = os.fspath(root)
    stack: list[tuple[str, int]] = [(top, 0)]
    while stack:
        directory, depth = stack.pop()
        dirs: list[str] = []
        files: list[str] = []
        try:
            with os.scandir(directory) as entries:
                for entry in entries:
                    try:
                        is_dir = entry.is_dir(follow_symlinks=False)
                    except OSError:
                        is_dir = False
                    (dirs if is_dir else files).append(entry.name)
                    if max_entries is not None and len(dirs) + len(files) >= max_entries:
                        if problems is not None and next(entries, None) is not None:
                            problems.append((directory, f"more than {max_entries} entries in one directory"))
                        break
        except OSError as exc:
            if problems is not None and directory != top:
                problems.append((directory, f"directory not readable: {exc.strerror}"))
            continue
        yield directory, dirs, files  # the caller may prune `dirs` in place, as with os.walk
        if dirs and max_depth is not None and depth >= max_depth:
            if problems is not None:
                problems.append((directory, f"directories nested deeper than {max_depth} levels"))
            continue
        stack.extend((os.path.join(directory, d), depth + 1) for d in reversed(dirs))


# --- confined writes -------------------------------------------------------------------------------


def _relative_parts(root: Path, target: Path) -> list[str]:
    """The components of `target` below `root`; refused when the target is the root or outside it."""
    candidate = os.path.abspath(target if target.is_absolute() else root / target)
    for base in dict.fromkeys((os.path.abspath(root), os.path.realpath(root))):
        rel = os.path.relpath(candidate, base)
        if rel not in (".", "..") and not rel.startswith(".." + os.sep):
            return list(Path(rel).parts)
    raise OutputRefused(target, f"outside the project root {root}")


def _open_parent(root: Path, parts: list[str], target: Path) -> int:
    """A directory fd for the target's parent, walked from the root one component at a time with
    O_NOFOLLOW, so no component can be a symlink (no check-then-use gap)."""
    flags = os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(root, flags)
    except OSError as exc:
        raise OutputRefused(target, f"project root unusable: {exc.strerror}") from None
    for part in parts[:-1]:
        try:
            child = os.open(part, flags | os.O_NOFOLLOW, dir_fd=fd)
        except OSError as exc:
            try:
                is_link = stat.S_ISLNK(os.stat(part, dir_fd=fd, follow_symlinks=False).st_mode)
            except OSError:
                is_link = False
            os.close(fd)
            reason = f"{part!r} is a symlink" if is_link else f"directory {part!r}: {exc.strerror}"
            raise OutputRefused(target, reason) from None
        os.close(fd)
        fd = child
    return fd


def _existing_mode(name: str, dir_fd: int, target: Path) -> int | None:
    try:
        st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(st.st_mode):
        raise OutputRefused(target, "is a symlink (never written through or replaced)")
    if not stat.S_ISREG(st.st_mode):
        raise OutputRefused(target, f"is {_file_kind(st.st_mode)}")
    if not st.st_mode & stat.S_IWUSR or not os.access(name, os.W_OK, dir_fd=dir_fd):
        raise OutputRefused(target, "is read-only")
    return stat.S_IMODE(st.st_mode)


def read_confined(root: Path, target: Path, cap: Cap) -> bytes | None:
    """The current bytes of a file about to be rewritten by `write_confined` (None when absent), read
    under the same rules: inside the root, no symlink anywhere, a regular file."""
    parts = _relative_parts(root, target)
    fd = _open_parent(root, parts, target)
    try:
        if _existing_mode(parts[-1], fd, target) is None:
            return None
        with open_regular(parts[-1], dir_fd=fd, follow=False) as handle:
            return _read_capped(handle, target, cap, truncate=False)[0]
    finally:
        os.close(fd)


def _token() -> str:
    import secrets  # only when writing (check reads; secrets pulls in hashlib, hmac, base64)

    return secrets.token_hex(6)


def write_confined(root: Path, target: Path, data: bytes) -> Path:
    """Atomically replace (or create) `target` inside `root`; returns the path written.

    The parent directory must exist. An existing file keeps its permission bits; a new one is 0644."""
    parts = _relative_parts(root, target)
    name = parts[-1]
    fd = _open_parent(root, parts, target)
    tmp = f".{name}.{_token()}.tmp"
    created = False
    try:
        mode = _existing_mode(name, fd, target)
        try:
            out = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600, dir_fd=fd)
            created = True
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(out, view) :]
                os.fchmod(out, 0o644 if mode is None else mode)
                os.fsync(out)
            finally:
                os.close(out)
            os.replace(tmp, name, src_dir_fd=fd, dst_dir_fd=fd)
            created = False
            os.fsync(fd)
        except OSError as exc:
            raise OutputRefused(target, exc.strerror or str(exc)) from None
    finally:
        if created:
            with contextlib.suppress(OSError):
                os.unlink(tmp, dir_fd=fd)
        os.close(fd)
    return root / Path(*parts)


def _in_place(path: Path) -> bool:
    """A device, a pipe or /dev/stdout (even when the shell redirected it to a file): written in
    place, since replacing it would detach the output from whoever holds it open."""
    named = os.path.abspath(path)
    return named.startswith(("/dev/", "/proc/")) or (path.exists() and not path.is_file())


def write_output(path: Path, data: bytes) -> None:
    """A file the person running openlint named on the command line (not confined to a project).
    A regular file (or a new one) is replaced atomically (through the person's own symlink); a
    device or pipe such as /dev/stdout is written in place. Problems are one-line errors."""
    try:
        if path.is_dir():
            raise OutputRefused(path, "is a directory")
        if _in_place(path):
            with open(path, "wb") as handle:
                handle.write(data)
            return
        real = Path(os.path.realpath(path))
        if not real.parent.is_dir():
            raise OutputRefused(path, f"directory {str(path.parent)!r} does not exist")
        write_confined(real.parent, Path(real.name), data)
    except OSError as exc:
        raise OutputRefused(path, exc.strerror or str(exc)) from None


@contextlib.contextmanager
def output_stream(path: Path) -> Iterator[TextIO]:
    """A text stream onto a file named on the command line, for output too large to hold: written
    to a temporary file beside it, fsynced and renamed over it only when the block succeeds (the
    temporary file is removed otherwise). A device or pipe such as /dev/stdout is written in place."""
    try:
        if path.is_dir():
            raise OutputRefused(path, "is a directory")
        if _in_place(path):
            with open(path, "w", encoding="utf-8") as stream:
                yield stream
            return
        real = Path(os.path.realpath(path))
        if not real.parent.is_dir():
            raise OutputRefused(path, f"directory {str(path.parent)!r} does not exist")
        fd = _open_parent(real.parent, [real.name], path)
    except OSError as exc:
        raise OutputRefused(path, exc.strerror or str(exc)) from None
    tmp = f".{real.name}.{_token()}.tmp"
    try:
        mode = _existing_mode(real.name, fd, path)
        try:
            out = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600, dir_fd=fd)
        except OSError as exc:
            raise OutputRefused(path, exc.strerror or str(exc)) from None
        try:
            with open(out, "w", encoding="utf-8", closefd=True) as stream:
                yield stream
                stream.flush()
                os.fchmod(out, 0o644 if mode is None else mode)
                os.fsync(out)
            os.replace(tmp, real.name, src_dir_fd=fd, dst_dir_fd=fd)
            os.fsync(fd)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp, dir_fd=fd)
            raise
    finally:
        os.close(fd)
