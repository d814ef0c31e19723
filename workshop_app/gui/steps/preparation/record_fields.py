"""What the minutes need beside the work: who takes the notes, the logo, bilagor and sändlista."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.ids import new_id
from workshop_app.domain.limits import LOGO_MAX_BYTES
from workshop_app.domain.model import Attachment, Logo, Recipient, Workshop
from workshop_app.gui.session import WorkshopSession
from workshop_app.gui.widgets.debounce import Debouncer
from workshop_app.gui.widgets.item_table import ItemTableEditor
from workshop_app.gui.widgets.item_table_model import Column
from workshop_app.gui.widgets.text_limit import limit_line, limit_of
from workshop_app.services.changes import AddItem, DeleteItem, MoveItem
from workshop_app.services.logo_file import LogoFileError, LogoProblem, read_logo

PREVIEW = QSize(160, 60)  # as large as the logo is printed on the cover (160 × 60 pt at most)


def _preview_image(data: bytes) -> QImage:
    """The logo scaled into the preview box; made on the worker (a QImage may be, a QPixmap not)."""
    image = QImage.fromData(data)
    if image.isNull():
        return image
    return image.scaled(
        PREVIEW, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class RecordFields(QGroupBox):
    """Stored with the workshop and printed in the minutes; empty ones are left out there."""

    def __init__(
        self, session: WorkshopSession, debouncer: Debouncer, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("For the minutes"), parent)
        self.setObjectName("recordFields")
        self._session = session
        self._debouncer = debouncer
        self._shown_logo: Logo | None = None
        self._logo_shown_once = False  # the first show must set "No logo" too

        self._build_note_taker()
        logo_row = self._build_logo_row()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Minutes &taken by"), self.note_taker)
        form.addRow(self.tr("Logo"), logo_row)

        self._build_lists()
        # One under the other: side by side they would not fit the page at 1024 × 768.
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.attachments, 1)
        layout.addWidget(self.distribution, 1)
        self.show_workshop(session.workshop)

    def _build_note_taker(self) -> None:
        """Who takes the notes: a role or organisation, saved after a typing pause."""
        self.note_taker = QLineEdit()
        self.note_taker.setObjectName("field_note_taker")
        self.note_taker.setAccessibleName(self.tr("Minutes taken by"))
        self.note_taker.setPlaceholderText(self.tr("A role or organisation, e.g. the secretary"))
        limit_line(self.note_taker, limit_of(Workshop, "note_taker"))
        self.note_taker.textChanged.connect(lambda _text: self._schedule_note_taker())
        self.note_taker.editingFinished.connect(
            lambda: self._debouncer.flush_field("header.note_taker")
        )

    def _build_logo_row(self) -> QWidget:
        """The logo's preview, its two buttons and the line kept for a message."""
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setAccessibleName(self.tr("Logo on the cover of the minutes"))
        self.logo_preview.setFixedSize(PREVIEW + QSize(8, 8))
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_logo = QPushButton(self.tr("Choose &logo…"))
        self.choose_logo.setObjectName("chooseLogo")
        self.choose_logo.setToolTip(
            self.tr(
                "A PNG or JPEG picture of at most %1 MB, shown on the cover of the minutes"
            ).replace("%1", str(LOGO_MAX_BYTES // (1024 * 1024)))
        )
        self.choose_logo.clicked.connect(self.choose_logo_file)
        self.remove_logo = QPushButton(self.tr("Remove logo"))
        self.remove_logo.setObjectName("removeLogo")
        self.remove_logo.clicked.connect(self._remove_logo)
        # Two lines kept free for a message, so that one appearing moves nothing.
        self.logo_message = QLabel()
        self.logo_message.setObjectName("logoMessage")
        self.logo_message.setWordWrap(True)
        self.logo_message.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 4)
        # The buttons one under the other beside the preview, the message under both: the
        # row fits the narrow page of a 1024 × 768 screen.
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_logo)
        buttons.addWidget(self.remove_logo)
        buttons.addStretch(1)
        pictured = QHBoxLayout()
        pictured.setContentsMargins(0, 0, 0, 0)
        pictured.addWidget(self.logo_preview)
        pictured.addLayout(buttons)
        pictured.addStretch(1)
        logo_row = QWidget()
        logo_layout = QVBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addLayout(pictured)
        logo_layout.addWidget(self.logo_message)
        return logo_row

    def _build_lists(self) -> None:
        """Bilagor and Sändlista: two ordinary editable lists."""
        self.attachments = ItemTableEditor(
            self.tr("Attachments"),
            "attachments",
            [Column("title", self.tr("Title"), stretch=True, required=True)],
            self.tr("New attachment: type its title and press Enter"),
        )
        self.attachments.setObjectName("attachments")
        self.distribution = ItemTableEditor(
            self.tr("Distribution list"),
            "distribution",
            [Column("recipient", self.tr("Organisation or role"), stretch=True, required=True)],
            self.tr("New recipient: type an organisation or role and press Enter"),
        )
        self.distribution.setObjectName("distribution")
        self._connect(self.attachments, "attachments", lambda t: Attachment(new_id(), t))
        self._connect(self.distribution, "distribution", lambda t: Recipient(new_id(), t))

    # -- showing -------------------------------------------------------------------------

    def show_workshop(self, workshop: Workshop) -> None:
        """Show ``workshop``; the note-taker keeps what is typed during its typing pause."""
        if self.note_taker.text() != workshop.note_taker and not self._debouncer.is_pending(
            "header.note_taker"
        ):
            self.note_taker.setText(workshop.note_taker)
            self.note_taker.setCursorPosition(0)
        self.attachments.set_items(workshop.attachments)
        self.distribution.set_items(workshop.distribution)
        self._show_logo(workshop.logo)

    def _show_logo(self, logo: Logo | None) -> None:
        self.remove_logo.setEnabled(logo is not None)
        if logo == self._shown_logo and self._logo_shown_once:
            return  # cheap when nothing changed: the picture is decoded once
        self._shown_logo, self._logo_shown_once = logo, True
        if logo is None:
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("No logo"))
            return
        data = logo.data

        def shown(image: QImage) -> None:
            if self._shown_logo is not None and self._shown_logo.data is data:
                self.logo_preview.setPixmap(QPixmap.fromImage(image))

        self._session.worker.submit(lambda: _preview_image(data), shown)

    # -- edits ---------------------------------------------------------------------------

    def _schedule_note_taker(self) -> None:
        stored = self._session.workshop.note_taker
        if self.note_taker.text().strip() == stored and not self._debouncer.is_pending(
            "header.note_taker"
        ):
            return  # the stored value shown: nothing to save (as the scope fields)

        def commit() -> None:
            self._session.set_header(
                "note_taker", self.note_taker.text().strip(), self.tr("Edit minutes taken by")
            )

        self._debouncer.schedule("header.note_taker", commit)

    def choose_logo_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose logo"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg);;All files (*)"),
        )
        if path:
            self.load_logo(Path(path))

    def load_logo(self, path: Path) -> None:
        """Read and check ``path`` on the worker; a good picture becomes the logo (undoable)."""
        self.logo_message.setText(self.tr("Reading the picture…"))
        self._session.worker.submit(lambda: read_logo(path), self._logo_read, self._logo_refused)

    def _logo_read(self, logo: Logo) -> None:
        self.logo_message.clear()
        self._session.set_header("logo", logo, self.tr("Choose logo"))
        self._show_logo(logo)

    def _logo_refused(self, error: BaseException) -> None:
        if not isinstance(error, LogoFileError):
            raise error  # not a refusal: the error reporter tells the user calmly
        most = str(LOGO_MAX_BYTES // (1024 * 1024))
        messages = {
            LogoProblem.TOO_LARGE: self.tr(
                "The picture is %1 MB; a logo may be at most %2 MB. Save it smaller and try again."
            )
            .replace("%1", f"{error.size / (1024 * 1024):.1f}".replace(".", ","))
            .replace("%2", most),
            LogoProblem.UNREADABLE: self.tr(
                "The file could not be read. Check that it exists and that you may open it."
            ),
            LogoProblem.NOT_A_PICTURE: self.tr(
                "The file is not a PNG or JPEG picture. Choose a PNG or JPEG file."
            ),
            LogoProblem.DAMAGED: self.tr(
                "The picture is damaged and cannot be shown. Choose another file."
            ),
        }
        self.logo_message.setText(messages[error.problem])

    def _remove_logo(self) -> None:
        self.logo_message.clear()
        self._session.set_header("logo", None, self.tr("Remove logo"))
        self._show_logo(None)

    def _connect(self, editor: ItemTableEditor, name: str, factory: Any) -> None:
        session = self._session
        editor.add_requested.connect(
            lambda text: session.apply(
                AddItem(session.workshop_id, name, factory(text)), self.tr("Add row")
            )
        )
        editor.edit_requested.connect(
            lambda key, field, value: session.update_item(
                name, key, {field: value}, self.tr("Edit row")
            )
        )
        editor.delete_requested.connect(
            lambda key: session.apply(
                DeleteItem(session.workshop_id, name, key), self.tr("Delete row")
            )
        )
        editor.move_requested.connect(
            lambda key, index: session.apply(
                MoveItem(session.workshop_id, name, key, index), self.tr("Move row")
            )
        )
