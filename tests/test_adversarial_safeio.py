"""The bounded reader and the confined writer every file access goes through."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from openlint import safeio
from openlint.errors import OpenlintError
from openlint.safeio import Cap, InputRefused, OutputRefused

SMALL = Cap("test file", 10)


def test_reads_a_regular_file_up_to_its_cap(tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(b"0123456789")
    assert safeio.read_bytes(tmp_path / "f", SMALL) == b"0123456789"
    assert safeio.read_head(tmp_path / "f", SMALL) == (b"0123456789", False)


def test_one_byte_over_the_cap_is_refused_or_cut(tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(b"0123456789A")
    with pytest.raises(InputRefused):
        safeio.read_bytes(tmp_path / "f", SMALL)
    assert safeio.read_head(tmp_path / "f", SMALL) == (b"0123456789", True)
    assert safeio.read_text(tmp_path / "f", SMALL, truncate=True) == "0123456789"


def test_a_file_of_its_stated_size_is_read_in_one_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # One os.read per card: the read asks one byte more than fstat says (to see a file that grew); when
    # it returns exactly the stated size, no second read is made only to meet the end of the file.
    real_read, reads = os.read, []
    monkeypatch.setattr(safeio.os, "read", lambda fd, size: reads.append(size) or real_read(fd, size))
    for size, cap, expected in ((10, 100, 1), (100, 100, 1), (101, 100, 1), (0, 100, 1)):
        (tmp_path / "f").write_bytes(b"x" * size)
        reads.clear()
        assert safeio.read_head(tmp_path / "f", Cap("test file", cap)) == (b"x" * min(size, cap), size > cap)
        assert len(reads) == expected, (size, reads)


@pytest.mark.parametrize("blocked_at", [1, 2])
def test_a_read_that_would_block_is_read_again_blocking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blocked_at: int
) -> None:
    # read_head leaves a regular file's descriptor non-blocking (no fcntl per card); a filesystem that
    # says a read would block (the first one, or one after a short read) gets the descriptor made
    # blocking and the read made again: nothing lost, nothing read twice.
    (tmp_path / "f").write_bytes(b"0123456789")
    real_read, reads, made_blocking = os.read, [], []

    def read(fd: int, size: int) -> bytes:
        reads.append(size)
        if len(reads) == blocked_at and not made_blocking:
            raise BlockingIOError
        return real_read(fd, min(size, 4))  # short reads: the loop goes on

    monkeypatch.setattr(safeio.os, "read", read)
    monkeypatch.setattr(safeio.os, "set_blocking", lambda fd, flag: made_blocking.append(flag))
    assert safeio.read_head(tmp_path / "f", Cap("test file", 100)) == (b"0123456789", False)
    assert made_blocking == [True]
    monkeypatch.undo()
    made_blocking.clear()
    monkeypatch.setattr(safeio.os, "set_blocking", lambda fd, flag: made_blocking.append(flag))
    assert safeio.read_head(tmp_path / "f", Cap("test file", 100)) == (b"0123456789", False)
    assert made_blocking == []  # a regular file: no fcntl at all


@pytest.mark.skipif(not Path("/proc/self/cmdline").is_file(), reason="needs Linux /proc")
def test_a_file_larger_than_its_stated_size_is_read_whole_and_still_capped() -> None:
    # /proc files state 0 bytes, as does a file that grows after it was opened: the read is sized to
    # the stated size, so the rest must still be read, and still only up to the cap.
    expected = Path("/proc/self/cmdline").read_bytes()
    assert len(expected) > 10
    assert safeio.read_head("/proc/self/cmdline", Cap("cmdline", 1_000_000)) == (expected, False)
    assert safeio.read_head("/proc/self/cmdline", SMALL) == (expected[:10], True)


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(InputRefused, match="FIFO"):
        safeio.read_text(tmp_path / "fifo", SMALL)


def test_a_symlink_to_dev_zero_is_refused(tmp_path: Path) -> None:
    (tmp_path / "zero").symlink_to("/dev/zero")
    with pytest.raises(InputRefused, match="character device"):
        safeio.read_head(tmp_path / "zero", SMALL)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputRefused):
        safeio.read_bytes(tmp_path, SMALL)


def test_refusals_are_one_line_errors_and_oserrors(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(OSError) as caught:
        safeio.read_bytes(tmp_path / "fifo", SMALL)
    assert isinstance(caught.value, OpenlintError)
    assert "\n" not in str(caught.value) and str(caught.value).startswith(str(tmp_path / "fifo"))


def test_a_missing_file_is_an_ordinary_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        safeio.read_bytes(tmp_path / "missing", SMALL)


def test_write_confined_creates_and_replaces(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    written = safeio.write_confined(tmp_path, Path("d/NOTICE"), b"one\n")
    assert written == tmp_path / "d" / "NOTICE"
    assert stat.S_IMODE(written.stat().st_mode) == 0o644
    written.chmod(0o640)
    safeio.write_confined(tmp_path, tmp_path / "d" / "NOTICE", b"two\n")
    assert written.read_bytes() == b"two\n"
    assert stat.S_IMODE(written.stat().st_mode) == 0o640
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == ["NOTICE"]


@pytest.mark.parametrize("target", ["../x", "d/../../x", "/etc/openlint-x"])
def test_write_outside_the_root_is_refused(tmp_path: Path, target: str) -> None:
    root = tmp_path / "root"
    (root / "d").mkdir(parents=True)
    with pytest.raises(OutputRefused, match="outside"):
        safeio.write_confined(root, Path(target), b"x")
    assert not (tmp_path / "x").exists()


def test_write_over_a_symlink_is_refused_and_the_target_untouched(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("token\n")
    root = tmp_path / "root"
    root.mkdir()
    (root / "NOTICE").symlink_to(secret)
    with pytest.raises(OutputRefused, match="symlink"):
        safeio.write_confined(root, Path("NOTICE"), b"x")
    with pytest.raises(OutputRefused, match="symlink"):
        safeio.read_confined(root, Path("NOTICE"), SMALL)
    assert (root / "NOTICE").is_symlink() and secret.read_text() == "token\n"


def test_write_through_a_symlinked_directory_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    root = tmp_path / "root"
    root.mkdir()
    (root / "model").symlink_to(outside)
    with pytest.raises(OutputRefused, match="symlink"):
        safeio.write_confined(root, Path("model/NOTICE"), b"x")
    assert list(outside.iterdir()) == []


def test_a_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    (tmp_path / "NOTICE").write_text("keep\n")
    (tmp_path / "NOTICE").chmod(0o444)
    with pytest.raises(OutputRefused, match="read-only"):
        safeio.write_confined(tmp_path, Path("NOTICE"), b"x")
    assert (tmp_path / "NOTICE").read_text() == "keep\n"


def test_a_missing_directory_is_a_one_line_refusal(tmp_path: Path) -> None:
    with pytest.raises(OutputRefused) as caught:
        safeio.write_confined(tmp_path, Path("missing/dir/out"), b"x")
    assert "\n" not in str(caught.value)


def test_the_temporary_file_is_removed_when_the_write_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safeio.os, "fsync", failing_fsync)
    with pytest.raises(OutputRefused, match="No space"):
        safeio.write_confined(tmp_path, Path("out"), b"x")
    assert list(tmp_path.iterdir()) == []


def test_write_output_refuses_a_directory_and_a_missing_parent(tmp_path: Path) -> None:
    with pytest.raises(OutputRefused, match="directory"):
        safeio.write_output(tmp_path, b"x")
    with pytest.raises(OutputRefused, match="does not exist"):
        safeio.write_output(tmp_path / "missing" / "out.jsonl", b"x")
    safeio.write_output(tmp_path / "out.jsonl", b"x\n")
    assert (tmp_path / "out.jsonl").read_bytes() == b"x\n"


def test_a_malformed_expression_is_an_openlint_error_not_an_assertion() -> None:
    from openlint.core.explanation import explain
    from openlint.errors import ExpressionError

    with pytest.raises(ExpressionError):
        explain("( AND mit")


def test_walk_tree_bounds_entries_and_depth_at_the_boundary(tmp_path: Path) -> None:
    for n in range(5):
        (tmp_path / f"f{n}").touch()
    problems: list[tuple[str, str]] = []
    [(_, _, files)] = list(safeio.walk_tree(tmp_path, problems, max_entries=5))
    assert len(files) == 5 and problems == []  # exactly at the bound: nothing left out
    (tmp_path / "f5").touch()
    [(_, _, files)] = list(safeio.walk_tree(tmp_path, problems, max_entries=5))
    assert len(files) == 5 and problems == [(str(tmp_path), "more than 5 entries in one directory")]
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    problems.clear()
    walked = [d for d, _, _ in safeio.walk_tree(tmp_path / "a", problems, max_depth=1)]
    assert walked == [str(tmp_path / "a"), str(tmp_path / "a" / "b")]
    assert problems == [(str(tmp_path / "a" / "b"), "directories nested deeper than 1 levels")]


def test_walk_tree_never_follows_a_symlinked_directory(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "x").touch()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    walked = {d: (sorted(ds), sorted(fs)) for d, ds, fs in safeio.walk_tree(tmp_path)}
    assert walked == {str(tmp_path): (["real"], ["link"]), str(tmp_path / "real"): ([], ["x"])}
