import subprocess
import sys

import pytest

from conftest import ROOT, sample
from vanban import cli

COMMANDS = ["ingest", "extract", "restore", "check", "build"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_documented(command):
    out = subprocess.run([sys.executable, "-m", "vanban.cli", command, "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "usage: vanban" in out.stdout
    assert f"vanban {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_extract_of_a_pdf_fails_naming_the_file(tmp_path, capsys):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 ...")
    assert cli.main(["extract", str(bad)]) == 1
    err = capsys.readouterr().err
    assert str(bad) in err and "PDF" in err and "[INPUT-FORMAT]" in err


def test_ingest_exit_status_reports_failed_files(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert cli.main(["ingest", str(tmp_path), "--content", str(tmp_path / "content")]) == 1
    assert "empty.txt" in capsys.readouterr().err


def test_check_lists_every_broken_file(tmp_path, capsys):
    cli.main(["ingest", str(sample("002")), str(sample("003")), "--content", str(tmp_path)])
    files = sorted((tmp_path / "van-ban").glob("*.md"))
    files[0].write_text("---\nso_ky_hieu: [unclosed\n---\nbody\n", encoding="utf-8")
    files[1].write_text("no front matter\n", encoding="utf-8")
    assert cli.main(["check", "--content", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert files[0].name in err and files[1].name in err and err.count("[FM-YAML]") == 2
