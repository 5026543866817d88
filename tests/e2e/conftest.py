import pytest

from .server import running_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One uvicorn for the module, on a fresh database that its first start seeds."""
    with running_server(tmp_path_factory.mktemp("e2e") / "linimasa.db") as base:
        yield base
