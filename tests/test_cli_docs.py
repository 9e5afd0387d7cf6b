"""Every command has help with an example, and the README documents every command and option."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import sourcebook
from sourcebook.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = [["build"], ["report"], ["export"], ["stats"], ["migrate"], ["serve"],
            ["evaluate", "gold"], ["evaluate", "polnear"], ["evaluate", "dates"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example_and_is_in_the_readme(command):
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert re.search(r"Example: (\S+=\S+ )?sourcebook " + " ".join(command), result.output)
    assert f"sourcebook {' '.join(command)}" in README


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_option_is_in_the_readme(command):
    output = CliRunner().invoke(app, [*command, "--help"], terminal_width=200).output
    options = set(re.findall(r"(--[a-z][a-z-]+)", output)) - {"--help", "--no-progress"}
    missing = sorted(o for o in options if o not in README)
    assert not missing, f"options of `sourcebook {' '.join(command)}` missing from the README: {missing}"


def test_public_api_all_is_complete():
    for name in sourcebook.__all__:
        assert hasattr(sourcebook, name), name
