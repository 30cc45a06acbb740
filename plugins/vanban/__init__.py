"""vanban: a static publishing portal for Vietnamese government directive
documents (văn bản chỉ đạo điều hành).

The pipeline (decode → clean → repair → structure → metadata → Markdown →
references) lives in ``pipeline``; ``plugin`` is the mkdocs glue and
``cli`` the ``vanban`` command.
"""

__version__ = "0.2.0"
