"""One class per kind of page the site writes (mkdocs ``Page`` subclasses),
each knowing its title, what it shows (its fingerprint) and its HTML."""

from .base import VanbanPage
from .compare import ComparePage
from .document import DocumentPage
from .graph import CitedOnlyPage, GraphPage
from .home import HomePage, WrittenPage
from .listing import BrowsePage, ListingPage
from .open_data import OpenDataPage
from .redirect import Redirect
from .search import SearchPage

__all__ = ["BrowsePage", "CitedOnlyPage", "ComparePage", "DocumentPage", "GraphPage", "HomePage", "ListingPage",
           "OpenDataPage", "Redirect", "SearchPage", "VanbanPage", "WrittenPage"]
