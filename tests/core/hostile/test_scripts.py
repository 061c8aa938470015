"""Issue 12 item 17: the scripts' system-library check is exact and quiet, and run.sh
installs system packages only when asked (DRAGOMAN_INSTALL_SYSTEM=install)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.core.hostile.helpers import REPO

LIBS = "libEGL.so.1:libegl1 libGL.so.1:libgl1 libdbus-1.so.3:libdbus-1-3"


def _fake_bin(tmp_path: Path, ldconfig_lines: list[str]) -> Path:
    """A folder with a fake ldconfig (a long cache, as on a desktop) and apt-get/dpkg."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    cache = tmp_path / "cache.txt"
    filler = [f"\tlibfiller{i}.so.0 (libc6,x86-64) => /usr/lib/libfiller{i}.so.0"
              for i in range(5000)]
    cache.write_text("\n".join([f"{len(filler)} libs found in cache"] + ldconfig_lines
                               + filler) + "\n", encoding="utf-8")
    (bin_dir / "ldconfig").write_text(f"#!/bin/sh\ncat {cache}\n", encoding="utf-8")
    # records its calls; "install" fails, so the script stops before making a venv
    (bin_dir / "apt-get").write_text(f"#!/bin/sh\necho \"$@\" >> {tmp_path}/apt.log\n"
                                     "[ \"$1\" = install ] && exit 1\nexit 0\n",
                                     encoding="utf-8")
    (bin_dir / "dpkg").write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    return bin_dir


def _bash(script: str, bin_dir: Path, **env: str) -> subprocess.CompletedProcess:
    full = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}", **env)
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=full,
                          cwd=REPO, timeout=60)


def test_installed_libraries_are_never_reported_missing(tmp_path: Path) -> None:
    present = [f"\t{lib} (libc6,x86-64) => /usr/lib/{lib}"
               for lib in ("libEGL.so.1", "libGL.so.1", "libdbus-1.so.3")]
    bin_dir = _fake_bin(tmp_path, present)
    # grep -q quits at the first match; the fake ldconfig then gets SIGPIPE
    run = _bash(f'source scripts/common.sh; for i in $(seq 30); do '
                f'missing_packages "{LIBS}"; done; echo end', bin_dir)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "end\n"


def test_a_similar_soname_does_not_count(tmp_path: Path) -> None:
    bin_dir = _fake_bin(tmp_path, ["\tlibGL.so.10 (libc6,x86-64) => /usr/lib/libGL.so.10",
                                   "\tlibEGL.so.1 (libc6,x86-64) => /usr/lib/libEGL.so.1"])
    run = _bash(f'source scripts/common.sh; missing_packages "{LIBS}"', bin_dir)
    assert run.stdout.split() == ["libgl1", "libdbus-1-3"]


@pytest.mark.skipif(os.geteuid() != 0, reason="the install path is taken only as root")
def test_run_sh_installs_system_packages_only_when_asked(tmp_path: Path) -> None:
    bin_dir = _fake_bin(tmp_path, [])  # every library missing
    run = _bash("bash scripts/run.sh", bin_dir, DRAGOMAN_VENV=str(tmp_path / "venv"))
    assert run.returncode != 0
    assert not (tmp_path / "apt.log").exists()
    assert "sudo apt-get install" in run.stderr
    run = _bash("bash scripts/run.sh", bin_dir, DRAGOMAN_VENV=str(tmp_path / "venv"),
                DRAGOMAN_INSTALL_SYSTEM="install")
    assert run.returncode != 0
    assert "install -y" in (tmp_path / "apt.log").read_text(encoding="utf-8")
    assert not (tmp_path / "venv").exists()
