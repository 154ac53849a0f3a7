"""The main window's pages (their order and titles: ui/page_list.py)."""
