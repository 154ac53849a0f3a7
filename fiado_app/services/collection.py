"""Collecting politely: one import for the CLI and the UI.

The work lives in small modules: ladder_settings (ladder CRUD, contact hours, rest days),
reminders (texts, wa.me links, call script, agreement summary), contacts (log, promises,
pause/exclude, customer panel), agenda (today's list) and behaviour (the label).
"""

from fiado_app.services.agenda import label_agenda, todays_agenda
from fiado_app.services.collection_settings import CollectionSettings, get_collection_settings
from fiado_app.services.contacts import (
    collection_summary,
    describe_contact,
    exclude,
    get_state,
    list_contacts,
    log_contact,
    pause,
    resume,
    undo_contact,
)
from fiado_app.services.ladder_settings import (
    add_stage,
    list_ladder,
    remove_stage,
    reset_ladder,
    set_collection_settings,
    update_stage,
)
from fiado_app.services.reminders import (
    agreement_summary,
    call_script,
    encode_text,
    preview_values,
    reminder_for,
    whatsapp_link,
)

__all__ = [
    "CollectionSettings",
    "add_stage",
    "agreement_summary",
    "call_script",
    "collection_summary",
    "describe_contact",
    "encode_text",
    "exclude",
    "get_collection_settings",
    "get_state",
    "list_contacts",
    "list_ladder",
    "log_contact",
    "pause",
    "preview_values",
    "remove_stage",
    "reminder_for",
    "reset_ladder",
    "resume",
    "set_collection_settings",
    "todays_agenda",
    "label_agenda",
    "undo_contact",
    "update_stage",
    "whatsapp_link",
]
