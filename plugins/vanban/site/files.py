"""The site's files as mkdocs sees them."""

from __future__ import annotations

from mkdocs.structure.files import File

from .incremental import Fingerprints


class SiteFile(File):
    """A page's file. In a dirty build, whether it is written again is
    decided by its fingerprint (what the page shows), not by the source
    file's time: a document's page changes when a document citing it does."""

    fingerprints: Fingerprints | None = None  #: set in dirty builds only
    site_dir: str = ""

    @classmethod
    def of(cls, file: File) -> SiteFile:
        """The same file of ``content/``, as a SiteFile."""
        return cls(file.src_uri, file.src_dir, file.dest_dir, file.use_directory_urls, inclusion=file.inclusion)

    def is_modified(self) -> bool:
        if self.fingerprints is None:
            return super().is_modified()
        return self.fingerprints.modified(self.dest_uri, self.site_dir)


def nav_titles(nav) -> dict[str, str]:
    """Source URI → title, from mkdocs.yml's ``nav``: a title given there
    names the page in the navigation, as mkdocs does for its own pages."""
    found: dict[str, str] = {}
    items = nav if isinstance(nav, list) else []
    for item in items:
        if not isinstance(item, dict):
            continue
        for title, target in item.items():
            if isinstance(target, str):
                found[target] = title
            else:
                found.update(nav_titles(target))
    return found
