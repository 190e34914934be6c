import pytest

import npython


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A fresh key store; $NPYTHON_HOME points at it so defaults use it too."""
    home = tmp_path / "npython-home"
    monkeypatch.setenv("NPYTHON_HOME", str(home))
    return npython.KeyStore(home)
