# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'database_settings_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DatabaseSettingsDialog(object):
    def setupUi(self, databaseSettingsDialog):
        if not databaseSettingsDialog.objectName():
            databaseSettingsDialog.setObjectName(u"databaseSettingsDialog")
        self.mainLayout = QVBoxLayout(databaseSettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(databaseSettingsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.urlLabel = QLabel(databaseSettingsDialog)
        self.urlLabel.setObjectName(u"urlLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.urlLabel)

        self.databaseUrl = QLineEdit(databaseSettingsDialog)
        self.databaseUrl.setObjectName(u"databaseUrl")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.databaseUrl)

        self.testConnection = QPushButton(databaseSettingsDialog)
        self.testConnection.setObjectName(u"testConnection")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.testConnection)


        self.mainLayout.addLayout(self.form)

        self.connectionResult = QLabel(databaseSettingsDialog)
        self.connectionResult.setObjectName(u"connectionResult")
        self.connectionResult.setWordWrap(True)

        self.mainLayout.addWidget(self.connectionResult)

        self.overridden = QLabel(databaseSettingsDialog)
        self.overridden.setObjectName(u"overridden")
        self.overridden.setWordWrap(True)

        self.mainLayout.addWidget(self.overridden)

        self.note = QLabel(databaseSettingsDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.mainLayout.addWidget(self.note)

        self.buttons = QDialogButtonBox(databaseSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.urlLabel.setBuddy(self.databaseUrl)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(databaseSettingsDialog)

        QMetaObject.connectSlotsByName(databaseSettingsDialog)
    # setupUi

    def retranslateUi(self, databaseSettingsDialog):
        databaseSettingsDialog.setWindowTitle(QCoreApplication.translate("DatabaseSettingsDialog", u"Database", None))
        self.intro.setText(QCoreApplication.translate("DatabaseSettingsDialog", u"Workshops are normally kept in a database file on this computer. To share them with other facilitators, enter the address of a PostgreSQL database that your IT department has set up. Leave the field empty to use this computer's own file.", None))
        self.urlLabel.setText(QCoreApplication.translate("DatabaseSettingsDialog", u"Database &address:", None))
#if QT_CONFIG(accessibility)
        self.databaseUrl.setAccessibleName(QCoreApplication.translate("DatabaseSettingsDialog", u"Database address", None))
#endif // QT_CONFIG(accessibility)
        self.testConnection.setText(QCoreApplication.translate("DatabaseSettingsDialog", u"&Test connection", None))
#if QT_CONFIG(accessibility)
        self.connectionResult.setAccessibleName(QCoreApplication.translate("DatabaseSettingsDialog", u"Result of the connection test", None))
#endif // QT_CONFIG(accessibility)
        self.overridden.setText(QCoreApplication.translate("DatabaseSettingsDialog", u"This run uses a database given on the command line or in the WORKSHOP_APP_DATABASE_URL variable; it comes before this setting.", None))
        self.note.setText(QCoreApplication.translate("DatabaseSettingsDialog", u"The change takes effect the next time Workshopst\u00f6d starts. Workshops already in this computer's file are not moved; use \u201cworkshop-app migrate-store\u201d or export and import workshop files. A password is best kept in a password file (pgpass) rather than in the address.", None))
    # retranslateUi

