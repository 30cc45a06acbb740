"""Take screenshots of built pages: python scripts/screenshot.py URL OUT.png [width]."""
import sys

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]

with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
    width = int(sys.argv[3]) if len(sys.argv) > 3 else 1280
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(sys.argv[1])
    page.wait_for_timeout(300)
    page.screenshot(path=sys.argv[2], full_page=len(sys.argv) > 4)
    browser.close()
