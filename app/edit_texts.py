"""The words of the editor and the history page (Swedish first), and the set the editor's script reads."""

from __future__ import annotations

from graph.i18n import register

TEXTS = {
    "edit.history": {"sv": "Ändringshistorik", "en": "Change history"},
    "edit.history_help": {"sv": "Senast inläst från fil: {imported}. Ändringar sedan dess: {n}. Att ångra en "
                                "ändring gör en ny ändring; ingenting i historiken försvinner.",
                          "en": "Last imported from a file: {imported}. Changes since: {n}. Undoing a change makes "
                                "a new change; nothing in the history disappears."},
    "edit.number": {"sv": "Nr", "en": "No."},
    "edit.when": {"sv": "När", "en": "When"},
    "edit.who": {"sv": "Vem", "en": "Who"},
    "edit.why": {"sv": "Varför", "en": "Why"},
    "edit.what": {"sv": "Vad", "en": "What"},
    "edit.revert": {"sv": "Ångra", "en": "Undo"},
    "edit.reverts": {"sv": "ångrar ändring {n}", "en": "undoes change {n}"},
    "edit.reverted_by": {"sv": "ångrad av ändring {n}", "en": "undone by change {n}"},
    "edit.no_changes": {"sv": "Inga ändringar ännu.", "en": "No changes yet."},
    "edit.login": {"sv": "Logga in för att ändra", "en": "Sign in to edit"},
    "edit.logout": {"sv": "Logga ut", "en": "Sign out"},
    "edit.login_bad": {"sv": "Fel token.", "en": "Wrong token."},
    "edit.edit": {"sv": "Ändra", "en": "Edit"},
    "edit.tools": {"sv": "Ändra i modellen", "en": "Edit the model"},
    "edit.tools_help": {"sv": "Markera en nod för att ändra den. Markera två noder (Ctrl-klick) för en ny "
                              "koppling, eller rita en.",
                        "en": "Select a node to edit it. Select two nodes (Ctrl-click) for a new link, or draw one."},
    "edit.edit_node": {"sv": "Ändra markerad nod", "en": "Edit the selected node"},
    "edit.new_link": {"sv": "Ny koppling", "en": "New link"},
    "edit.draw_link": {"sv": "Rita koppling", "en": "Draw a link"},
    "edit.drawing": {"sv": "Dra från en nod till en annan. Esc avbryter.",
                     "en": "Drag from one node to another. Esc cancels."},
    "edit.delete": {"sv": "Ta bort markerad", "en": "Delete the selected"},
    "edit.delete_q": {"sv": "Ta bort {name} och alla dess kopplingar?", "en": "Delete {name} and all its links?"},
    "edit.delete_link_q": {"sv": "Ta bort kopplingen {name}?", "en": "Delete the link {name}?"},
    "edit.select_first": {"sv": "Markera först en nod eller koppling.", "en": "Select a node or link first."},
    "edit.not_editable": {"sv": "Referensdata (Agenda 2030, nationella strategin, kommuner) kan inte ändras här.",
                          "en": "Reference data (Agenda 2030, the national strategy, municipalities) cannot be "
                                "edited here."},
    "edit.by": {"sv": "Vem gör ändringen?", "en": "Who makes the change?"},
    "edit.why_q": {"sv": "Varför?", "en": "Why?"},
    "edit.save": {"sv": "Spara", "en": "Save"},
    "edit.confirm_delete": {"sv": "Ta bort", "en": "Delete"},
    "edit.cancel": {"sv": "Avbryt", "en": "Cancel"},
    "edit.saving": {"sv": "Sparar …", "en": "Saving …"},
    "edit.saved": {"sv": "Sparat som ändring {n}.", "en": "Saved as change {n}."},
    "edit.refused": {"sv": "Inte sparat:", "en": "Not saved:"},
    "edit.nothing": {"sv": "Inget är ändrat.", "en": "Nothing has changed."},
    "edit.link_from": {"sv": "Från", "en": "From"},
    "edit.link_to": {"sv": "Till", "en": "To"},
    "edit.link_type": {"sv": "Typ av koppling", "en": "Kind of link"},
    "edit.link_score": {"sv": "Styrka (−3 … +3)", "en": "Score (−3 … +3)"},
    "edit.link_rationale": {"sv": "Motivering", "en": "Rationale"},
    "edit.link_source": {"sv": "Källa (dokument, sida, workshop)", "en": "Source (document, page, workshop)"},
    "edit.history_link": {"sv": "Ändringshistorik", "en": "Change history"},
    "edit.empty": {"sv": "(tomt)", "en": "(empty)"},
}
register(TEXTS)


def edit_js_texts(lang: str) -> dict[str, str]:
    """Every editor text in `lang`, for `<script type="application/json" id="edit-texts">`; placeholders such
    as `{n}` stay for the script to fill in."""
    return {key.split(".", 1)[1]: pair["en" if lang == "en" else "sv"] for key, pair in TEXTS.items()}
