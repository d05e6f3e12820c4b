"""mapwright installed as a wheel, run from another folder, finds its assets_config.

Builds the wheel from a copy of the sources, installs it (no deps) into a fresh venv that does NOT see
the project (no ``--system-site-packages``, no PYTHONPATH); the dependencies come from the shared venv's
site-packages through a ``.pth`` line (a plain path: its own ``.pth`` files, such as the project's
editable finder, are not run). Then ``mapwright eval`` runs from an empty temporary folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ["core", "dsl", "adapters", "orchestration", "assets_config", "pyproject.toml", "README.md"]


def _copy_sources(dst: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dst / name, ignore=ignore)
        else:
            shutil.copy2(src, dst / name)


def test_wheel_runs_eval_from_another_folder(tmp_path: Path) -> None:
    src, dist, env_dir, work, home = (tmp_path / n for n in ("src", "dist", "venv", "work", "home"))
    src.mkdir()
    work.mkdir()
    _copy_sources(src)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", str(src),
                    "-w", str(dist)], check=True, cwd=src, timeout=300)
    wheel = next(dist.glob("mapwright-*.whl"))

    venv.EnvBuilder(system_site_packages=False, with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "zz_shared_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith("MAPWRIGHT_")}
    env["MAPWRIGHT_HOME"] = str(home)
    subprocess.run([str(py), "-m", "pip", "install", "--no-deps", "--ignore-installed", "-q", str(wheel)],
                   check=True, cwd=work, env=env, timeout=300)

    where = subprocess.run([str(py), "-c", "import core.settings as s; print(s.CODE_ROOT); "
                            "print(s.get_settings().assets_config)"],
                           check=True, capture_output=True, text=True, cwd=work, env=env).stdout.split()
    assert Path(where[0]) == site and Path(where[1]) == site / "assets_config", where

    out = subprocess.run([str(env_dir / "bin" / "mapwright"), "eval", "--mode", "metadata_only"],
                         capture_output=True, text=True, cwd=work, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "golden eval  mode=metadata_only" in out.stdout and "PII recall" in out.stdout
    assert not any(work.iterdir()), "running from another folder must not write into it"
