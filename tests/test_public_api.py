"""The public API is tested as such: ``sourcebook.__all__`` names exactly what the package
root offers, every error of the error tree is exported, and every public function says what
it returns."""

from __future__ import annotations

import inspect
import types

import sourcebook
from sourcebook import errors


def test_all_is_exactly_the_public_names():
    public = {
        name for name, value in vars(sourcebook).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)
        and name != "annotations"  # from __future__ import annotations
        and name != "TYPE_CHECKING"
    }
    assert set(sourcebook.__all__) == public | {"__version__"}


def test_every_error_of_the_tree_is_exported():
    assert set(errors.__all__) <= set(sourcebook.__all__)
    for name in errors.__all__:
        assert issubclass(getattr(sourcebook, name), sourcebook.SourcebookError)


def test_build_is_the_function_not_the_subpackage():
    import sourcebook.build  # noqa: F401 - importing the subpackage must not rebind the name

    assert callable(sourcebook.build) and not isinstance(sourcebook.build, types.ModuleType)


def test_public_functions_declare_their_return_type():
    for name in sourcebook.__all__:
        value = getattr(sourcebook, name)
        if inspect.isfunction(value):
            assert inspect.signature(value).return_annotation is not inspect.Signature.empty, name


def test_version_is_the_package_version():
    from importlib.metadata import version

    assert sourcebook.__version__ == version("sourcebook")
