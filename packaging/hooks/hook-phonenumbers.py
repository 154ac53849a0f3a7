# Replaces pyinstaller-hooks-contrib's hook, which collects every submodule of phonenumbers:
# Fiado only parses and formats numbers, so the geocoder, carrier and time-zone data (about
# 20 MB of the package's 24) stay out of the bundle.
from PyInstaller.utils.hooks import collect_submodules

_UNUSED = (
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
)

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(_UNUSED))
excludedimports = list(_UNUSED)
