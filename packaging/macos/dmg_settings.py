# dmgbuild settings for Fiado's disk image (packaging/build.py passes -D app=... -D icon=...):
# the app and a link to /Applications to drag it onto.
import os.path

application = defines.get("app", "dist/Fiado.app")  # noqa: F821 - given by dmgbuild
app_name = os.path.basename(application)

format = "UDZO"  # compressed, read-only
filesystem = "HFS+"
size = None  # computed from the contents
files = [application]
symlinks = {"Applications": "/Applications"}
icon = defines.get("icon")  # noqa: F821 - the volume's icon: build/icons/fiado.icns
icon_locations = {app_name: (140, 120), "Applications": (400, 120)}
hide_extensions = [app_name]
background = "builtin-arrow"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
window_rect = ((100, 100), (540, 300))
default_view = "icon-view"
icon_size = 96
text_size = 13
