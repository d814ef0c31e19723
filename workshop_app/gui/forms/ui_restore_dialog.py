# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, restoreDialog):
        if not restoreDialog.objectName():
            restoreDialog.setObjectName(u"restoreDialog")
        restoreDialog.resize(640, 420)
        self.mainLayout = QVBoxLayout(restoreDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(restoreDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.backupList = QListWidget(restoreDialog)
        self.backupList.setObjectName(u"backupList")

        self.mainLayout.addWidget(self.backupList)

        self.empty = QLabel(restoreDialog)
        self.empty.setObjectName(u"empty")

        self.mainLayout.addWidget(self.empty)

        self.buttons = QDialogButtonBox(restoreDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(restoreDialog)

        QMetaObject.connectSlotsByName(restoreDialog)
    # setupUi

    def retranslateUi(self, restoreDialog):
        restoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from a backup", None))
        self.intro.setText(QCoreApplication.translate("RestoreDialog", u"Choose the backup to go back to. Everything saved after it is replaced; the current database is kept in the folder \u201creplaced\u201d in the data folder.", None))
#if QT_CONFIG(accessibility)
        self.backupList.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Backups", None))
#endif // QT_CONFIG(accessibility)
        self.empty.setText(QCoreApplication.translate("RestoreDialog", u"There are no backups yet. They are taken while you work.", None))
    # retranslateUi

