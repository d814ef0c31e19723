# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_workshop_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewWorkshopDialog(object):
    def setupUi(self, newWorkshopDialog):
        if not newWorkshopDialog.objectName():
            newWorkshopDialog.setObjectName(u"newWorkshopDialog")
        newWorkshopDialog.resize(560, 180)
        self.mainLayout = QVBoxLayout(newWorkshopDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(newWorkshopDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(newWorkshopDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.municipalityLabel = QLabel(newWorkshopDialog)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipality = QLineEdit(newWorkshopDialog)
        self.municipality.setObjectName(u"municipality")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.municipality)

        self.areaLabel = QLabel(newWorkshopDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QLineEdit(newWorkshopDialog)
        self.area.setObjectName(u"area")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.area)

        self.languageLabel = QLabel(newWorkshopDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(newWorkshopDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.language)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(newWorkshopDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.municipalityLabel.setBuddy(self.municipality)
        self.areaLabel.setBuddy(self.area)
        self.languageLabel.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.municipality)
        QWidget.setTabOrder(self.municipality, self.area)
        QWidget.setTabOrder(self.area, self.language)

        self.retranslateUi(newWorkshopDialog)

        QMetaObject.connectSlotsByName(newWorkshopDialog)
    # setupUi

    def retranslateUi(self, newWorkshopDialog):
        newWorkshopDialog.setWindowTitle(QCoreApplication.translate("NewWorkshopDialog", u"New workshop", None))
        self.titleLabel.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Title", None))
        self.title.setPlaceholderText(QCoreApplication.translate("NewWorkshopDialog", u"e.g. Norrbacka spring 2027", None))
        self.municipalityLabel.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Municipality", None))
        self.areaLabel.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Area", None))
        self.languageLabel.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Language of the minutes", None))
    # retranslateUi

