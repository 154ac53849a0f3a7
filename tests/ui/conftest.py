from tests.documents.conftest import db  # noqa: F401 - the temporary database fixture
